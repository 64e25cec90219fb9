# parallax_add_plugin(<target> SOURCES <files>… [LIBRARIES <libs>…] [OUTPUT_DIRECTORY <dir>])
#
# Builds a source plugin as a MODULE library that links only the SDK (parallax::sdk) and the given
# libraries. Undefined symbols fail at link time rather than at load time. Used in this tree and,
# once installed, by out-of-tree plugins through find_package(Parallax). When
# PARALLAX_PLUGIN_INSTALL_DIR is set, `cmake --install` puts the plugin there.
function(parallax_add_plugin target)
  cmake_parse_arguments(ARG "" "OUTPUT_DIRECTORY" "SOURCES;LIBRARIES" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "parallax_add_plugin(${target}): SOURCES is required")
  endif()
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE parallax::sdk ${ARG_LIBRARIES})
  # clang leaves sanitizer runtime symbols for the executable to provide, so a fuzzing build
  # cannot insist on a self-contained plugin.
  if(NOT PARALLAX_FUZZ)
    target_link_options(${target} PRIVATE "LINKER:--no-undefined")
  endif()
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  elseif(DEFINED PARALLAX_PLUGIN_OUTPUT_DIR)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${PARALLAX_PLUGIN_OUTPUT_DIR})
  endif()
  if(PARALLAX_PLUGIN_INSTALL_DIR AND NOT ARG_OUTPUT_DIRECTORY)
    install(TARGETS ${target} LIBRARY DESTINATION ${PARALLAX_PLUGIN_INSTALL_DIR})
  endif()
endfunction()
