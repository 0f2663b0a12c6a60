# The engine's include direction (DESIGN.md, Layout): a folder of core/ may include only itself and
# the folders before it in LAYERS, so no include cycle between folders can form. Also: no Qt in
# core/ (the CLI builds without Qt), and no LibTorch header in a ui/ header (compile time).
# Run by CTest: cmake -DSOURCE_DIR=... -P check_layers.cmake
cmake_minimum_required(VERSION 3.21)  # IN_LIST and friends in script mode
set(LAYERS common text model image dataset store embed eval search train demo jobs bench)
# The training numerics (clipft_numerics, core/CMakeLists.txt) build with LibTorch and header-only
# libraries alone: these folders may include no engine folder outside them and no OpenCV, SQLite
# or ICU, except the two files the numerics library leaves out.
set(NUMERICS_FOLDERS common model train)
set(NUMERICS_EXCEPTIONS model/model_folder.cpp model/model_folder.h train/training_batch_loader.cpp
    train/training_batch_loader.h)

file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
set(violations "")
foreach(source ${sources})
  file(RELATIVE_PATH relative "${SOURCE_DIR}/core" "${source}")
  if(NOT relative MATCHES "/")
    continue()  # core/clipft_pch.h, core/clipft_core_pch.h: the precompiled headers
  endif()
  string(REGEX MATCH "^[^/]+" folder "${relative}")
  list(FIND LAYERS "${folder}" own_rank)
  if(own_rank EQUAL -1)
    list(APPEND violations "core/${relative}: folder core/${folder} is not in the layer list (tests/check_layers.cmake)")
    continue()
  endif()
  file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  set(numerics FALSE)
  list(FIND NUMERICS_FOLDERS "${folder}" numerics_index)
  list(FIND NUMERICS_EXCEPTIONS "${relative}" exception_index)
  if(numerics_index GREATER -1 AND exception_index EQUAL -1)
    set(numerics TRUE)
  endif()
  foreach(line ${includes})
    if(numerics AND line MATCHES "#[ \t]*include[ \t]*(<opencv2/|<sqlite3|<unicode/|\"core/([^/]+)/)")
      if(NOT CMAKE_MATCH_2 OR NOT CMAKE_MATCH_2 IN_LIST NUMERICS_FOLDERS)
        list(APPEND violations "core/${relative}: the training numerics may not include this (${line})")
      endif()
    endif()
    if(line MATCHES "#[ \t]*include[ \t]*\"core/([^/]+)/")
      set(used "${CMAKE_MATCH_1}")
      list(FIND LAYERS "${used}" used_rank)
      if(used_rank EQUAL -1 OR used_rank GREATER own_rank)
        list(APPEND violations "core/${relative}: core/${folder} may not include core/${used} (${line})")
      endif()
    elseif(line MATCHES "#[ \t]*include[ \t]*<Q[A-Za-z]*>|#[ \t]*include[ \t]*<Qt")
      list(APPEND violations "core/${relative}: Qt in the engine (${line})")
    endif()
  endforeach()
endforeach()

file(GLOB_RECURSE ui_headers "${SOURCE_DIR}/ui/*.h")
foreach(header ${ui_headers})
  file(RELATIVE_PATH relative "${SOURCE_DIR}" "${header}")
  file(STRINGS "${header}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*<(torch|ATen|c10)/")
  foreach(line ${includes})
    list(APPEND violations "${relative}: LibTorch in a ui/ header (${line}); include it in the .cpp")
  endforeach()
endforeach()

list(LENGTH violations count)
if(count GREATER 0)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "${count} layering violations:\n  ${text}")
endif()
list(LENGTH sources checked)
message(STATUS "layering: ${checked} engine files, include direction ${LAYERS}: no violation")
