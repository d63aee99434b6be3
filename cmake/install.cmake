# Installing rerate (cmake --install build [--prefix DIR]) and packaging it
# (cd build && cpack -G DEB).  Two components:
#   runtime      bin/rerate, share/rerate/rules/, the man pages, bash and zsh
#                completion, the documentation and the seed inspections as
#                examples: the Debian package "rerate"
#   development  the library, its public headers and a CMake package config
#                (find_package(rerate), target rerate::rerate): "librerate-dev"
include(CMakePackageConfigHelpers)

# The man pages and the shell completion are generated from the program's own
# --help after every link (cmake/docs.cmake), so they cannot drift from it, and
# `--target rerate` alone gives everything an install needs.
set(RERATE_DOCS_DIR ${CMAKE_BINARY_DIR}/docs)
add_custom_command(TARGET rerate POST_BUILD
  COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:rerate> -DOUTPUT_DIR=${RERATE_DOCS_DIR}
          -DVERSION=${PROJECT_VERSION} -P ${PROJECT_SOURCE_DIR}/cmake/docs.cmake
  COMMENT "Generating the man pages and shell completion from rerate --help"
  VERBATIM)
# A change to the generator relinks the program, which regenerates them.
set_property(TARGET rerate APPEND PROPERTY LINK_DEPENDS ${PROJECT_SOURCE_DIR}/cmake/docs.cmake)

install(TARGETS rerate rerate-serve RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
install(DIRECTORY rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/rerate/rules COMPONENT runtime
        FILES_MATCHING PATTERN "*.yaml" PATTERN "README.md")
install(DIRECTORY ${RERATE_DOCS_DIR}/man1 DESTINATION ${CMAKE_INSTALL_MANDIR} COMPONENT runtime)
# Where bash-completion loads completions on demand (for /usr:
# /usr/share/bash-completion/completions; it also searches
# $XDG_DATA_DIRS/bash-completion/completions, so /usr/local works), and where
# zsh's default fpath looks: PREFIX/share/zsh/site-functions (/usr/local), but
# share/zsh/vendor-completions under /usr (Debian's zsh; the .deb).  The
# prefix is known only when installing (cmake --install --prefix, cpack).
install(FILES ${RERATE_DOCS_DIR}/completion/rerate DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        COMPONENT runtime)
install(CODE "set(rerate_zsh_functions site-functions)
if(CMAKE_INSTALL_PREFIX STREQUAL \"/usr\")
  set(rerate_zsh_functions vendor-completions)
endif()" COMPONENT runtime)
install(FILES ${RERATE_DOCS_DIR}/completion/_rerate
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/\${rerate_zsh_functions} COMPONENT runtime)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)
install(DIRECTORY cases/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT runtime
        FILES_MATCHING PATTERN "*.yaml" PATTERN "*.csv" PATTERN "*.md" PATTERN "expected" EXCLUDE)

# The library, as rerate::rerate.
set_target_properties(rerate_lib PROPERTIES OUTPUT_NAME rerate EXPORT_NAME rerate)
install(TARGETS rerate_lib EXPORT rerateTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development)
install(DIRECTORY include/rerate DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development)
set(RERATE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/rerate)
install(EXPORT rerateTargets NAMESPACE rerate:: DESTINATION ${RERATE_CMAKE_DIR} COMPONENT development)
configure_package_config_file(cmake/rerateConfig.cmake.in ${CMAKE_BINARY_DIR}/rerateConfig.cmake
                              INSTALL_DESTINATION ${RERATE_CMAKE_DIR})
# 0.x: a new minor version may change the API.
write_basic_package_version_file(${CMAKE_BINARY_DIR}/rerateConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/rerateConfig.cmake ${CMAKE_BINARY_DIR}/rerateConfigVersion.cmake
        DESTINATION ${RERATE_CMAKE_DIR} COMPONENT development)

# cpack -G DEB: rerate_VERSION_ARCH.deb and librerate-dev_VERSION_ARCH.deb,
# installed under /usr, the program stripped, shared-library dependencies
# found by dpkg-shlibdeps (package dpkg-dev).
set(CPACK_PACKAGE_NAME rerate)
set(CPACK_PACKAGE_VENDOR "rerate")
set(CPACK_PACKAGE_CONTACT "rerate maintainers <maintainers@users.noreply.b-seed-3914c41b.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "recompute HM Inspectorate of Probation ratings from case-level judgements")
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION
    "rerate applies a methodology written as a YAML rules file to an inspection's yes/no case answers and explains every rating it gives; with the shipped rules, man pages, shell completion and the seed inspections as examples.")
set(CPACK_COMPONENT_DEVELOPMENT_DESCRIPTION
    "rerate's engine as a C++ library: the static library, its public headers and a CMake package config (find_package(rerate) gives the target rerate::rerate).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime development)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME rerate)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME librerate-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
# The library's users link yaml-cpp, fmt, libzip, expat and libxlsxwriter too
# (the static library needs them), and the engine reads the rules the runtime
# package ships.
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS "libyaml-cpp-dev, libfmt-dev, libzip-dev, libexpat1-dev, libxlsxwriter-dev, pkg-config")
set(CPACK_COMPONENT_DEVELOPMENT_DEPENDS runtime)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
include(CPack)
