#pragma once

#include <QCoreApplication>
#include <QStringList>

// kibo-token-inspector demo-server [--port N] [--tls-dir DIR]: runs the demo tenant until stopped.
class DemoServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoServerCommand)

public:
    static int run(const QStringList& arguments);
};
