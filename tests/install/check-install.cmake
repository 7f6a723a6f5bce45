# Installs BUILD_DIR into STAGE_DIR with prefix /usr (DESTDIR, as cpack does, so that a rule with an
# absolute destination shows up too) and checks what arrived. Every problem is listed, then it fails.
#   cmake -DBUILD_DIR=... -DSTAGE_DIR=... -DEXPECTED_FILES=... -DAPP_ID=... -DVERSION=... -P check-install.cmake
cmake_minimum_required(VERSION 3.22)
foreach(variable BUILD_DIR STAGE_DIR EXPECTED_FILES APP_ID VERSION)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "check-install.cmake: -D${variable}=... is missing")
    endif()
endforeach()

set(problems "")
function(problem text)
    set(problems "${problems}\n  ${text}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${STAGE_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${STAGE_DIR}
                        ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR} failed (${result}):\n${output}")
endif()

# The file list, exactly: nothing missing, nothing more (a test, a benchmark, a static library).
file(STRINGS ${EXPECTED_FILES} expected REGEX "^[^#]")
list(TRANSFORM expected PREPEND usr/)
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE ${STAGE_DIR} ${STAGE_DIR}/*)
list(SORT installed)
foreach(path IN LISTS expected)
    if(NOT path IN_LIST installed)
        problem("missing: /${path}")
    endif()
endforeach()
foreach(path IN LISTS installed)
    if(NOT path IN_LIST expected)
        problem("not expected (add it to ${EXPECTED_FILES} if it belongs in the package): /${path}")
    endif()
endforeach()

set(desktop ${STAGE_DIR}/usr/share/applications/${APP_ID}.desktop)
set(metainfo ${STAGE_DIR}/usr/share/metainfo/${APP_ID}.metainfo.xml)

# Each validator on its file. Both are required, so that a passing run has validated.
macro(validate tool package)
    find_program(${tool}_path ${tool})
    if(NOT ${tool}_path)
        problem("${tool} not found: install ${package} (.ci/setup-debian does)")
    else()
        execute_process(COMMAND ${${tool}_path} ${ARGN}
                        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
        # desktop-file-validate passes an entry with hints (no main menu category, say): only silence passes.
        if(NOT result EQUAL 0 OR ("${tool}" STREQUAL "desktop-file-validate" AND output))
            set(arguments ${ARGN})
            list(JOIN arguments " " arguments)
            string(STRIP "${output}" output)
            problem("${tool} ${arguments} failed:\n${output}")
        endif()
    endif()
endmacro()
# One application id ties the three files together. (Given the variable's name: a macro would
# re-read the file's text for escapes and variable references.)
macro(expect variable needle what)
    string(FIND "${${variable}}" "${needle}" at)
    if(at EQUAL -1)
        problem("expected ${what}")
    endif()
endmacro()

if(EXISTS ${desktop})
    validate(desktop-file-validate desktop-file-utils ${desktop})
    file(READ ${desktop} text)
    expect(text "\nIcon=${APP_ID}\n" "Icon=${APP_ID} in ${APP_ID}.desktop")
    expect(text "\nExec=factsheet-explorer %f\n" "Exec=factsheet-explorer %f in ${APP_ID}.desktop")
endif()
if(EXISTS ${metainfo})
    validate(appstreamcli appstream validate --no-net ${metainfo})
    file(READ ${metainfo} text)
    expect(text "<id>${APP_ID}</id>" "<id>${APP_ID}</id> in the metainfo")
    expect(text "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
           "the launchable ${APP_ID}.desktop in the metainfo")
    # AppStream lists releases newest first: the first is the version being installed.
    string(REGEX MATCH "<release version=\"([^\"]*)\"" release "${text}")
    if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
        problem("the newest release in the metainfo is '${CMAKE_MATCH_1}', the project's version ${VERSION}: add its release notes")
    endif()
endif()

# The installed explorer finds its installed PDF helper (by a path relative to its own): a chart's
# PDF, read back, is read by the helper and refused as no summary, not as a PDF with no reader.
set(scratch ${STAGE_DIR}-pdf)
file(REMOVE_RECURSE ${scratch})
file(MAKE_DIRECTORY ${scratch})
set(explorer ${STAGE_DIR}/usr/bin/factsheet-explorer)
set(headless ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                 XDG_CONFIG_HOME=${scratch})
execute_process(COMMAND ${headless} ${explorer} --export-chart dashboard --output ${scratch}/dashboard.pdf
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    problem("${explorer} --export-chart dashboard --output dashboard.pdf failed (${result}): ${output}")
else()
    execute_process(COMMAND ${headless} ${explorer} --export-json ${scratch}/read.json ${scratch}/dashboard.pdf
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(result EQUAL 0 OR output MATCHES "does not start|no PDF reader")
        problem("the installed explorer does not read a PDF with its installed helper (${result}): ${output}")
    endif()
endif()
file(REMOVE_RECURSE ${scratch})

if(problems)
    message(FATAL_ERROR "The installed tree in ${STAGE_DIR} is not as expected:${problems}")
endif()
list(JOIN installed "\n  /" listing)
message(STATUS "Installed exactly:\n  /${listing}")
