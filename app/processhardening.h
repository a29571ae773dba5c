#pragma once

// Keeps secrets out of crash output, as KeePassXC does: no core dumps, and (on Linux) a process
// other processes of the same user cannot ptrace or read through /proc. Applied at start-up in
// release builds (see main.cpp).
class ProcessHardening
{
public:
    static void apply();
    // What apply() set, read back from the operating system (for the test that checks it).
    static bool coreDumpsDisabled();
    static bool dumpable();
};
