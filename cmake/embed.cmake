# Generates a C++ source that holds every file under DATA_DIR as bytes, so the
# library works without its data directory. Usage:
#   cmake -DDATA_DIR=... -DOUTPUT=... -P embed.cmake
file(GLOB_RECURSE files RELATIVE ${DATA_DIR} ${DATA_DIR}/*.tsv ${DATA_DIR}/*.txt
     ${DATA_DIR}/report/*.html ${DATA_DIR}/report/*.css ${DATA_DIR}/report/*.js)
list(SORT files)
set(body "// Generated from data/ by cmake/embed.cmake. Do not edit.\n#include \"embedded.hpp\"\n\nnamespace mosulkg::detail {\nnamespace {\n")
set(table "")
set(i 0)
foreach(f IN LISTS files)
  file(READ ${DATA_DIR}/${f} hex HEX)
  string(LENGTH "${hex}" hexlen)
  math(EXPR n "${hexlen} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND body "const char data_${i}[] = {${bytes} 0};\n")
  string(APPEND table "    {\"${f}\", std::string_view(data_${i}, ${n})},\n")
  math(EXPR i "${i} + 1")
endforeach()
string(APPEND body "}  // namespace\n\nconst std::vector<EmbeddedFile>& embedded_files() {\n    static const std::vector<EmbeddedFile> files = {\n${table}    };\n    return files;\n}\n\n}  // namespace mosulkg::detail\n")
file(WRITE ${OUTPUT}.tmp "${body}")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
