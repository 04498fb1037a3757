#pragma once

#include <cstddef>
#include <functional>

namespace pmm::interchange {

// Runs job(0) ... job(count - 1) at once: job 0 on the calling thread, every other on a thread
// of its own (or on the calling thread when no thread can be had), and returns when all are
// done. The jobs must share nothing they change; each writes only its own results, which the
// caller reads after the return. An exception a job throws is thrown again here, the first
// job's first.
void runJobs(std::size_t count, const std::function<void(std::size_t job)>& job);

}  // namespace pmm::interchange
