# Proves that core's folders are layered: compiled with the include
# directories one library has, a header of a folder that library does not
# link is out of reach. Run by ctest with -DCXX=compiler -DROOT=<build>/core/include.
#
# Each case: the folders whose include roots a library gets, then a header
# it must not reach.
set(cases
    "model|store/store.h"
    "model,text|store/store.h"
    "store,model|procedure/meetingsession.h"
    "store,model|documents/meetingdocuments.h"
    "procedure,store,model,text|documents/meetingdocuments.h"
    "documents,procedure,store,model,text|signing/signer.h"
    "documents,procedure,store,model,text|exchange/interchange.h"
    "documents,procedure,store,model,text|mail/invitation.h"
    "exchange,documents,procedure,store,model,text|demo/demodata.h")
set(source ${CMAKE_CURRENT_BINARY_DIR}/check-layers.cpp)
foreach(case IN LISTS cases)
    string(REPLACE "|" ";" parts "${case}")
    list(GET parts 0 folders)
    list(GET parts 1 header)
    string(REPLACE "," ";" folders "${folders}")
    set(includes)
    foreach(folder IN LISTS folders)
        if(NOT EXISTS ${ROOT}/${folder}/${folder})
            message(FATAL_ERROR "${ROOT}/${folder}/${folder} is missing: core/CMakeLists.txt no longer gives each folder its own include root.")
        endif()
        list(APPEND includes -I${ROOT}/${folder})
    endforeach()
    file(WRITE ${source} "#include \"${header}\"\n")
    execute_process(COMMAND ${CXX} -E -x c++ ${includes} ${source}
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
    string(FIND "${errors}" "${header}: No such file" missing)
    if(result EQUAL 0 OR missing EQUAL -1)
        message(FATAL_ERROR "A library of core/{${folders}} can include ${header}, which is above it:\n${errors}")
    endif()
    message(STATUS "core/{${folders}} cannot reach ${header}: as designed")
endforeach()
