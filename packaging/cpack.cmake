# Debian package: `cpack -G DEB` from the build folder.
set(CPACK_PACKAGE_NAME "pmm-workbench")
set(CPACK_PACKAGE_VENDOR "PMM Workbench")
set(CPACK_PACKAGE_CONTACT "PMM Workbench maintainers <maintainers@pmm-workbench.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps cannot see the platform plugin Qt loads at run time.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_STRIP_FILES ON)
include(CPack)
