# parallax_add_subfolders(): add_subdirectory() for every folder beside the calling CMakeLists.txt
# that has a CMakeLists.txt of its own, in sorted order. plugins/, tests/ and bench/ grow by
# adding a folder, with no list to keep in step.
function(parallax_add_subfolders)
  file(GLOB dirs LIST_DIRECTORIES true ${CMAKE_CURRENT_SOURCE_DIR}/*)
  list(SORT dirs)
  foreach(dir IN LISTS dirs)
    if(IS_DIRECTORY ${dir} AND EXISTS ${dir}/CMakeLists.txt)
      add_subdirectory(${dir})
    endif()
  endforeach()
endfunction()
