#include "ui/jobs/background_read.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace clipft::ui {

QThreadPool* backgroundReadPool() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;  // lives as long as the program (reads may still run at exit)
        p->setMaxThreadCount(2);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

void yieldToTheGuiThread() {
#if defined(__linux__)
    // PRIO_PROCESS with a thread id sets that thread's nice value (Linux threads are tasks).
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    if (getpriority(PRIO_PROCESS, tid) < 10) setpriority(PRIO_PROCESS, tid, 10);
#endif
}

}  // namespace clipft::ui
