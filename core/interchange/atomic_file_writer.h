#pragma once

#include <filesystem>
#include <string_view>

namespace pmm::interchange {

// Writes `bytes` to `path` so that readers see the old file or the whole new one, never a
// part: a temporary file beside it is written in full, flushed to disk (fsync), renamed over
// `path`, and the folder is flushed. A new file is private (0600); a replaced file keeps its
// permissions. On any failure (no permission, disk full, a file size limit) the temporary
// file is removed, `path` is byte-for-byte as it was, and a storage::WorkspaceError (ReadOnly
// or Io) says why in a sentence.
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace pmm::interchange
