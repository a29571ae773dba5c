#include "processhardening.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#define KTI_HAVE_PRCTL 1
#elif defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

void ProcessHardening::apply()
{
#if defined(__unix__) || defined(__APPLE__)
    rlimit limit { 0, 0 };
    setrlimit(RLIMIT_CORE, &limit);
#endif
#ifdef KTI_HAVE_PRCTL
    prctl(PR_SET_DUMPABLE, 0);
#endif
}

bool ProcessHardening::coreDumpsDisabled()
{
#if defined(__unix__) || defined(__APPLE__)
    rlimit limit {};
    return getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
#else
    return true;
#endif
}

bool ProcessHardening::dumpable()
{
#ifdef KTI_HAVE_PRCTL
    return prctl(PR_GET_DUMPABLE) != 0;
#else
    return false;
#endif
}
