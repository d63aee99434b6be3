# Runs the built rerate once and checks what it did.
#
#   -DPROGRAM=path/to/rerate
#   -DARGS=arg1|arg2|...        arguments, separated by |
#   -DWORKDIR=dir               where to run it (the source tree)
#   -DEXPECTED_EXIT=n           the exit code it must give
#   -DEXPECTED_STDOUT=file      optional: stdout must equal this file
#   -DSTDERR_CONTAINS=text      optional: stderr must contain this text
#   -DSTDOUT_CONTAINS=text      optional: stdout must contain this text
#
# With the environment variable RERATE_REGENERATE=1, EXPECTED_STDOUT is
# rewritten from the actual output instead of compared (review the diff).
string(REPLACE "|" ";" arguments "${ARGS}")
execute_process(
  COMMAND ${PROGRAM} ${arguments}
  WORKING_DIRECTORY ${WORKDIR}
  RESULT_VARIABLE exit_code
  OUTPUT_VARIABLE actual_stdout
  ERROR_VARIABLE actual_stderr)

set(failed FALSE)
if(NOT "${exit_code}" STREQUAL "${EXPECTED_EXIT}")
  message(SEND_ERROR "exit code ${exit_code}, expected ${EXPECTED_EXIT}")
  set(failed TRUE)
endif()
if(DEFINED EXPECTED_STDOUT AND NOT "${EXPECTED_STDOUT}" STREQUAL "")
  if("$ENV{RERATE_REGENERATE}" STREQUAL "1")
    file(WRITE ${WORKDIR}/${EXPECTED_STDOUT} "${actual_stdout}")
  else()
    file(READ ${WORKDIR}/${EXPECTED_STDOUT} expected_stdout)
    if(NOT "${actual_stdout}" STREQUAL "${expected_stdout}")
      file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/actual.out "${actual_stdout}")
      execute_process(COMMAND diff -u ${WORKDIR}/${EXPECTED_STDOUT} ${CMAKE_CURRENT_BINARY_DIR}/actual.out
                      OUTPUT_VARIABLE difference)
      message(SEND_ERROR "stdout differs from ${EXPECTED_STDOUT}:\n${difference}")
      set(failed TRUE)
    endif()
  endif()
endif()
# Fails the test unless `actual` contains `expected` (when one is given).
function(check_contains stream actual expected)
  if("${expected}" STREQUAL "")
    return()
  endif()
  string(FIND "${actual}" "${expected}" position)
  if(position EQUAL -1)
    message(SEND_ERROR "${stream} lacks \"${expected}\"")
    set(failed TRUE PARENT_SCOPE)
  endif()
endfunction()
check_contains(stderr "${actual_stderr}" "${STDERR_CONTAINS}")
check_contains(stdout "${actual_stdout}" "${STDOUT_CONTAINS}")
if(failed)
  message(FATAL_ERROR "rerate ${ARGS}\n--- stdout ---\n${actual_stdout}--- stderr ---\n${actual_stderr}")
endif()
