#include "ui/jobs/background_read.h"

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

}  // namespace clipft::ui
