# The engine's folders are layers: a file includes only from its own folder,
# from layers below it, and public headers (rerate/...).  An include that runs
# up (render/ including target/), or sideways between two folders of one
# level (check/ including diff/), is a defect this test reports by file and
# line.  engine/README.md draws the same order.
#
#   cmake -DSOURCE_DIR=... -P tests/layers.cmake
set(layers base model load rate render "lint diff check whatif" region "conformance target stability" export serve cli)

set(rank 0)
foreach(level ${layers})
  string(REPLACE " " ";" folders "${level}")
  foreach(folder ${folders})
    set(rank_${folder} ${rank})
  endforeach()
  math(EXPR rank "${rank} + 1")
endforeach()

set(defects "")
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
     ${SOURCE_DIR}/engine/*.cc ${SOURCE_DIR}/engine/*.h ${SOURCE_DIR}/include/rerate/*.h)
foreach(source ${sources})
  string(REGEX MATCH "^engine/([a-z_]+)/" in_engine "${source}")
  if(in_engine)
    set(folder ${CMAKE_MATCH_1})
    if(NOT DEFINED rank_${folder})
      string(APPEND defects "${source}: folder ${folder}/ is not a layer in tests/layers.cmake\n")
      continue()
    endif()
  elseif(source MATCHES "^engine/")
    string(APPEND defects "${source}: a source file directly in engine/: give it the layer it belongs to\n")
    continue()
  else()
    set(folder "rerate")  # a public header: includes public headers only
  endif()
  file(STRINGS ${SOURCE_DIR}/${source} lines REGEX "^#include \"")
  foreach(line ${lines})
    string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" included "${line}")
    string(REGEX MATCH "^([a-z_]+)/" has_folder "${included}")
    set(to ${CMAKE_MATCH_1})
    if(folder STREQUAL "rerate")
      if(NOT to STREQUAL "rerate")
        string(APPEND defects "${source}: a public header includes the private \"${included}\"\n")
      endif()
    elseif(NOT has_folder)
      if(NOT folder STREQUAL "cli")
        string(APPEND defects "${source}: \"${included}\" names no layer: write it as folder/file.h\n")
      endif()
    elseif(to STREQUAL "rerate" OR to STREQUAL folder)
      # public headers, and the file's own folder
    elseif(folder STREQUAL "cli")
      string(APPEND defects "${source}: the command-line program includes the engine's private \"${included}\": use the public API\n")
    elseif(NOT DEFINED rank_${to})
      string(APPEND defects "${source}: \"${included}\" is in no layer\n")
    elseif(NOT rank_${to} LESS rank_${folder})
      string(APPEND defects "${source}: ${folder}/ includes \"${included}\" from a layer that is not below it\n")
    endif()
  endforeach()
endforeach()
if(defects)
  message(FATAL_ERROR "layer defects:\n${defects}")
endif()
