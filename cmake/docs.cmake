# Writes the man pages and the shell completion of rerate from its own --help,
# so that there is one source for all three:
#
#   cmake -DPROGRAM=build/rerate -DOUTPUT_DIR=build/docs -DVERSION=0.1.0 -P cmake/docs.cmake
#
# gives OUTPUT_DIR/man1/rerate.1 (every command), man1/rerate-COMMAND.1 (one
# each), completion/rerate (bash) and completion/_rerate (zsh).
#
# The help text is read in blocks separated by blank lines:
#   "usage: ..."            the synopsis
#   "NAME:" then entries    a section (commands:, options:, environment:); an
#                           entry is a line indented by two spaces, its term
#                           ending at two spaces, its description continued on
#                           lines indented further (boost's option layout)
#   "Exit codes: ..."       the exit status
#   anything else           the description; lines indented by two or more
#                           spaces are kept as they are (lists, examples)
# An option's value name gives what a shell completes for it: a|b|c those
# words, PATH, FILE, RULES_A and RULES_B a *.yaml file, DIR a folder.

cmake_minimum_required(VERSION 3.20)  # list() keeps empty elements (CMP0007)

foreach(variable PROGRAM OUTPUT_DIR VERSION)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "docs.cmake: give -D${variable}=...")
  endif()
endforeach()

# CMake lists split on ';' and treat '[' ']' specially: the help text keeps
# them as control characters, one for one so that columns stay where boost
# put them, until it is written out.
string(ASCII 1 semicolon)
string(ASCII 2 open)
string(ASCII 3 close)

function(help_lines arguments out)
  execute_process(COMMAND ${PROGRAM} ${arguments} RESULT_VARIABLE status OUTPUT_VARIABLE text ERROR_VARIABLE error)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "docs.cmake: ${PROGRAM} ${arguments} failed (${status}): ${error}")
  endif()
  string(REPLACE ";" "${semicolon}" text "${text}")
  string(REPLACE "[" "${open}" text "${text}")
  string(REPLACE "]" "${close}" text "${text}")
  string(REPLACE "\n" ";" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(restore text out)
  string(REPLACE "${semicolon}" ";" text "${text}")
  string(REPLACE "${open}" "[" text "${text}")
  string(REPLACE "${close}" "]" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Roff: a backslash is \e, and (for text that starts lines) \& at the start
# of each line keeps a leading '.' or "'" from being read as a request.
function(roff_inline text out)
  restore("${text}" text)
  string(REPLACE "\\" "\\e" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(roff text out)
  roff_inline("${text}" text)
  string(REPLACE "\n" "\n\\&" text "${text}")
  set(${out} "\\&${text}" PARENT_SCOPE)
endfunction()

# An option's term in bold, its value in italics: "--rules PATH",
# "-h [ --help ]"; any other term (a command, a variable) in bold.
# An option's term as its names (a list: "-h;--help") and its value as
# written ("PATH", "text|json (=text)").
function(option_parts term names_out value_out)
  restore("${term}" term)
  string(REGEX REPLACE "^-([a-z]) \\[ (--[a-z-]+) \\]" "-\\1 \\2" term "${term}")
  string(REGEX MATCH "^([-a-z ]*[a-z])( (.*))?$" parts "${term}")
  string(REPLACE " " ";" names "${CMAKE_MATCH_1}")
  set(${names_out} "${names}" PARENT_SCOPE)
  set(${value_out} "${CMAKE_MATCH_3}" PARENT_SCOPE)
endfunction()

function(roff_term term out)
  if(NOT term MATCHES "^-")
    roff_inline("${term}" term)
    set(${out} "\\fB${term}\\fR" PARENT_SCOPE)
    return()
  endif()
  option_parts("${term}" names value)
  set(text "")
  foreach(name ${names})
    string(REPLACE "-" "\\-" name "${name}")
    if(text)
      string(APPEND text ", ")
    endif()
    string(APPEND text "\\fB${name}\\fR")
  endforeach()
  if(NOT value STREQUAL "")
    roff_inline("${value}" value)
    string(APPEND text " \\fI${value}\\fR")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Reads help lines into blocks: sets <prefix>_synopsis, <prefix>_exit,
# <prefix>_description (roff), <prefix>_sections (names) and for each
# section S: <prefix>_S_terms and <prefix>_S_texts (parallel lists).
function(parse_help lines prefix)
  set(synopsis "")
  set(exit "")
  set(description "")
  set(sections "")
  set(block "")
  list(APPEND lines "")  # the last block ends too
  foreach(line IN LISTS lines)
    if(NOT line STREQUAL "")
      list(APPEND block "${line}")
      continue()
    endif()
    if(NOT block)
      continue()
    endif()
    list(GET block 0 first)
    if(first MATCHES "^usage: (.*)$")
      set(synopsis "${CMAKE_MATCH_1}")
    elseif(first MATCHES "^Exit codes: ")
      list(JOIN block " " exit)
      string(REGEX REPLACE "^Exit codes: " "" exit "${exit}")
    elseif(first MATCHES "^([a-z][a-z ]*):$")
      string(TOUPPER "${CMAKE_MATCH_1}" section)
      string(REPLACE " " "_" key "${section}")
      list(APPEND sections "${section}")
      set(terms "")
      set(texts "")
      list(REMOVE_AT block 0)
      # Every description starts in one column: where a term ends in two or
      # more spaces, or where a continuation line starts (boost gives the
      # longest term a single space).
      set(column 0)
      foreach(entry IN LISTS block)
        set(indent "")
        if(entry MATCHES "^(  [^ ]+( [^ ]+)*  +)[^ ]")
          set(indent "${CMAKE_MATCH_1}")
        elseif(entry MATCHES "^(   +)[^ ]")
          set(indent "${CMAKE_MATCH_1}")
        endif()
        if(indent)
          string(LENGTH "${indent}" column)
          break()
        endif()
      endforeach()
      foreach(entry IN LISTS block)
        if(entry MATCHES "^  [^ ]")
          string(LENGTH "${entry}" length)
          math(EXPR before "${column} - 1")
          set(gap " ")
          if(column GREATER 2 AND length GREATER column)
            string(SUBSTRING "${entry}" ${before} 1 gap)
          endif()
          if(gap STREQUAL " " AND length GREATER column AND column GREATER 2)
            math(EXPR term_length "${column} - 2")
            string(SUBSTRING "${entry}" 2 ${term_length} term)
            string(SUBSTRING "${entry}" ${column} -1 text)
          else()
            set(term "${entry}")
            set(text "")
          endif()
          string(STRIP "${term}" term)
          string(STRIP "${text}" text)
          list(APPEND terms "${term}")
          list(APPEND texts "${text}")
        else()
          string(STRIP "${entry}" more)
          list(POP_BACK texts last)
          if(last STREQUAL "")
            list(APPEND texts "${more}")
          else()
            list(APPEND texts "${last} ${more}")
          endif()
        endif()
      endforeach()
      set(${prefix}_${key}_terms "${terms}" PARENT_SCOPE)
      set(${prefix}_${key}_texts "${texts}" PARENT_SCOPE)
    else()
      # A paragraph: flowing lines, and lines indented two or more spaces
      # kept as written.
      set(literal FALSE)
      foreach(line IN LISTS block)
        roff("${line}" text)
        if(line MATCHES "^  ")
          if(NOT literal)
            string(APPEND description ".nf\n")
            set(literal TRUE)
          endif()
        elseif(literal)
          string(APPEND description ".fi\n")
          set(literal FALSE)
        endif()
        string(APPEND description "${text}\n")
      endforeach()
      if(literal)
        string(APPEND description ".fi\n")
      endif()
      string(APPEND description ".PP\n")
    endif()
    set(block "")
  endforeach()
  set(${prefix}_synopsis "${synopsis}" PARENT_SCOPE)
  set(${prefix}_exit "${exit}" PARENT_SCOPE)
  set(${prefix}_description "${description}" PARENT_SCOPE)
  set(${prefix}_sections "${sections}" PARENT_SCOPE)
endfunction()

# ".TP" entries of a section.
function(roff_entries terms texts out)
  set(roff_text "")
  list(LENGTH terms count)
  if(count EQUAL 0)
    set(${out} "" PARENT_SCOPE)
    return()
  endif()
  math(EXPR last "${count} - 1")
  foreach(i RANGE ${last})
    list(GET terms ${i} term)
    list(GET texts ${i} text)
    roff_term("${term}" term)
    roff("${text}" text)
    string(APPEND roff_text ".TP\n${term}\n${text}\n")
  endforeach()
  set(${out} "${roff_text}" PARENT_SCOPE)
endfunction()

function(roff_synopsis synopsis out)
  roff_inline("${synopsis}" synopsis)
  string(REPLACE "-" "\\-" synopsis "${synopsis}")
  set(${out} ".nf\n\\&${synopsis}\n.fi\n" PARENT_SCOPE)
endfunction()

function(roff_exit exit out)
  roff("${exit}" text)
  set(${out} ".SH \"EXIT STATUS\"\n${text}\n" PARENT_SCOPE)
endfunction()

# --- the program and its commands ---------------------------------------
help_lines("--help" top_lines)
parse_help("${top_lines}" top)
set(commands "")
set(summaries "")
list(LENGTH top_COMMANDS_terms command_count)
math(EXPR last_command "${command_count} - 1")
foreach(i RANGE ${last_command})
  list(GET top_COMMANDS_terms ${i} command)
  list(GET top_COMMANDS_texts ${i} summary)
  if(command STREQUAL "help")
    continue()  # `rerate help COMMAND` is --help; it has no page of its own
  endif()
  list(APPEND commands "${command}")
  list(APPEND summaries "${summary}")
endforeach()
if(NOT commands)
  message(FATAL_ERROR "docs.cmake: no commands: in ${PROGRAM} --help")
endif()

set(header_date "")
set(man_dir ${OUTPUT_DIR}/man1)
file(MAKE_DIRECTORY ${man_dir} ${OUTPUT_DIR}/completion)
set(see_also "")
foreach(command IN LISTS commands)
  if(see_also)
    string(APPEND see_also ",\n")
  endif()
  string(APPEND see_also ".BR rerate\\-${command} (1)")
endforeach()

# Per command: its page, its part of rerate.1, and its completion.
set(command_sections "")
set(bash_cases "")
set(zsh_cases "")
list(LENGTH commands command_count)
math(EXPR last_command "${command_count} - 1")
foreach(i RANGE ${last_command})
  list(GET commands ${i} command)
  list(GET summaries ${i} summary)
  help_lines("${command};--help" lines)
  parse_help("${lines}" cmd)
  if(NOT cmd_synopsis OR NOT cmd_OPTIONS_terms)
    message(FATAL_ERROR "docs.cmake: rerate ${command} --help has no usage: line or options: section")
  endif()
  roff_synopsis("${cmd_synopsis}" synopsis)
  roff_entries("${cmd_OPTIONS_terms}" "${cmd_OPTIONS_texts}" options)
  roff_exit("${cmd_exit}" exit)
  roff_inline("${summary}" name_text)
  string(TOUPPER "rerate-${command}" title)
  file(WRITE ${man_dir}/rerate-${command}.1
       ".\\\" Generated by cmake/docs.cmake from rerate ${command} --help; do not edit.\n"
       ".TH ${title} 1 \"\" \"rerate ${VERSION}\" \"User Commands\"\n"
       ".SH NAME\nrerate\\-${command} \\- ${name_text}\n"
       ".SH SYNOPSIS\n${synopsis}"
       ".SH DESCRIPTION\n${cmd_description}"
       ".SH OPTIONS\n${options}"
       "${exit}"
       ".SH \"SEE ALSO\"\n.BR rerate (1)\n")
  string(APPEND command_sections ".SS \"rerate ${command}\"\n${synopsis}.PP\n${cmd_description}${options}")

  # Completion: the options, and what each one's value is.
  set(names "")
  set(bash_values "")
  set(zsh_specs "")
  list(LENGTH cmd_OPTIONS_terms option_count)
  math(EXPR last_option "${option_count} - 1")
  foreach(j RANGE ${last_option})
    list(GET cmd_OPTIONS_terms ${j} term)
    list(GET cmd_OPTIONS_texts ${j} text)
    restore("${text}" text)
    option_parts("${term}" option_names value)
    string(REGEX REPLACE " \\(=[^)]*\\)$" "" value "${value}")  # boost's "(=default)"
    list(JOIN option_names " " joined)
    string(APPEND names " ${joined}")
    # zsh: a description in [...], with [ ] : ' escaped.
    string(REGEX REPLACE "([][:\\\\])" "\\\\\\1" zsh_text "${text}")
    string(REPLACE "'" "'\\''" zsh_text "${zsh_text}")
    set(bash_action "")
    set(zsh_action "")
    if(value MATCHES "^[a-z]+(\\|[a-z]+)+$")
      string(REPLACE "|" " " words "${value}")
      set(bash_action "COMPREPLY=($(compgen -W '${words}' -- \"$cur\"))")
      set(zsh_action ":${value}:(${words})")
    elseif(value MATCHES "^(PATH|FILE|RULES_A|RULES_B)$")
      set(bash_action "_rerate_files")
      set(zsh_action ":${value}:_files -g \"*.yaml\"")
    elseif(value STREQUAL "DIR")
      set(bash_action "_rerate_dirs")
      set(zsh_action ":${value}:_files -/")
    elseif(NOT value STREQUAL "")
      set(bash_action "COMPREPLY=()")
      string(REPLACE "'" "" plain "${value}")
      set(zsh_action ":${plain}: ")
    endif()
    foreach(name IN LISTS option_names)
      if(bash_action)
        string(APPEND bash_values "        ${name}) ${bash_action}; return ;;\n")
      endif()
      # A value: --long=VALUE or the next word; -j4 or -j 4.
      set(spec "${name}")
      if(NOT value STREQUAL "" AND name MATCHES "^--")
        string(APPEND spec "=")
      elseif(NOT value STREQUAL "")
        string(APPEND spec "+")
      endif()
      string(APPEND zsh_specs "        '*${spec}[${zsh_text}]${zsh_action}' \\\n")
    endforeach()
  endforeach()
  string(STRIP "${names}" names)
  string(APPEND bash_cases
         "    ${command})\n      case $prev in\n${bash_values}      esac\n"
         "      options='${names}' ;;\n")
  restore("${summary}" zsh_summary)
  string(REGEX REPLACE "([][:\\\\])" "\\\\\\1" zsh_summary "${zsh_summary}")
  string(REPLACE "'" "'\\''" zsh_summary "${zsh_summary}")
  string(APPEND zsh_cases "    ${command})\n      _arguments -s \\\n${zsh_specs}        '*:file:_files -g \"*.yaml\"' ;;\n")
  string(APPEND zsh_command_list "\n    '${command}:${zsh_summary}'")  # a string: the summary may hold ';'
endforeach()

# --- rerate.1: the program and every command ------------------------------
roff_synopsis("${top_synopsis}" synopsis)
roff_entries("${commands}" "${summaries}" command_list)
set(other_sections "")
foreach(section IN LISTS top_sections)
  if(section STREQUAL "COMMANDS")
    continue()
  endif()
  string(REPLACE " " "_" key "${section}")
  roff_entries("${top_${key}_terms}" "${top_${key}_texts}" entries)
  string(APPEND other_sections ".SH ${section}\n${entries}")
endforeach()
roff_exit("${top_exit}" exit)
file(WRITE ${man_dir}/rerate.1
     ".\\\" Generated by cmake/docs.cmake from rerate --help and rerate COMMAND --help; do not edit.\n"
     ".TH RERATE 1 \"\" \"rerate ${VERSION}\" \"User Commands\"\n"
     ".SH NAME\nrerate \\- recompute HM Inspectorate of Probation ratings from case-level judgements\n"
     ".SH SYNOPSIS\n${synopsis}"
     ".SH DESCRIPTION\n${top_description}"
     ".SH COMMANDS\n${command_list}"
     "${command_sections}"
     "${other_sections}"
     "${exit}"
     ".SH \"SEE ALSO\"\n${see_also}\n")

# --- bash ------------------------------------------------------------------
string(REPLACE ";" " " command_words "${commands}")
file(WRITE ${OUTPUT_DIR}/completion/rerate
"# bash completion for rerate.  Generated by cmake/docs.cmake from rerate
# --help; do not edit.  Installed where bash-completion loads it on demand;
# or source it from ~/.bashrc.

_rerate_files() {
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -d -- \"$cur\") $(compgen -f -X '!*.yaml' -- \"$cur\"))
}

_rerate_dirs() {
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -d -- \"$cur\"))
}

_rerate() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}
  # --format=json: bash splits at '=', so the option is the word before it.
  if [[ $cur == = ]]; then
    cur=''
    prev=\${COMP_WORDS[COMP_CWORD-1]}
  elif [[ $prev == = && COMP_CWORD -ge 2 ]]; then
    prev=\${COMP_WORDS[COMP_CWORD-2]}
  fi
  if ((COMP_CWORD == 1)); then
    COMPREPLY=($(compgen -W '${command_words} help --help --version' -- \"$cur\"))
    return
  fi
  local options
  case \${COMP_WORDS[1]} in
${bash_cases}    help)
      ((COMP_CWORD == 2)) && COMPREPLY=($(compgen -W '${command_words}' -- \"$cur\"))
      return ;;
    *) return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))
  else
    _rerate_files
  fi
}

complete -F _rerate rerate
")

# --- zsh -------------------------------------------------------------------
file(WRITE ${OUTPUT_DIR}/completion/_rerate
"#compdef rerate
# zsh completion for rerate.  Generated by cmake/docs.cmake from rerate
# --help; do not edit.  Installed in share/zsh/site-functions (on zsh's fpath).

_rerate() {
  local -a commands
  commands=(${zsh_command_list}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'rerate command' commands
    return
  fi
  local command=\${words[2]}
  shift 1 words
  (( CURRENT-- ))
  case $command in
${zsh_cases}    help)
      (( CURRENT == 2 )) && _describe -t commands 'rerate command' commands ;;
  esac
}

_rerate \"$@\"
")
