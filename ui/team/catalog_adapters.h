#pragma once

#include "common/record_adapter.h"

namespace pmm::ui {

// The record adapters of the team and market catalog. Each is a stateless singleton.
const RecordAdapter& peopleAdapter();
const RecordAdapter& productsAdapter();
const RecordAdapter& segmentsAdapter();
const RecordAdapter& competitorsAdapter();

}  // namespace pmm::ui
