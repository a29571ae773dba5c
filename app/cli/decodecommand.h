#pragma once

#include <QCoreApplication>
#include <QStringList>

// kibo-token-inspector decode [TOKEN | -] [--json]
class DecodeCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)

public:
    static int run(const QStringList& arguments);
};
