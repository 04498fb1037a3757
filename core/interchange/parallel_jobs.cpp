#include "interchange/parallel_jobs.h"

#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace pmm::interchange {

void runJobs(std::size_t count, const std::function<void(std::size_t job)>& job) {
    std::vector<std::exception_ptr> failures(count);
    const auto run = [&](std::size_t i) {
        try {
            job(i);
        } catch (...) {
            failures[i] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> helpers;
        for (std::size_t i = 1; i < count; ++i) {
            try {
                helpers.emplace_back(run, i);
            } catch (const std::system_error&) {
                run(i);
            }
        }
        if (count > 0) {
            run(0);
        }
    }  // joins the helpers
    for (const std::exception_ptr& failure : failures) {
        if (failure) {
            std::rethrow_exception(failure);
        }
    }
}

}  // namespace pmm::interchange
