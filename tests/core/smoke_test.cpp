#include <gtest/gtest.h>

#include "storage/migrations.h"

TEST(Smoke, HasMigrations) {
    EXPECT_GE(pmm::storage::latestSchemaVersion(), 2);
}
