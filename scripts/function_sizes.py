#!/usr/bin/env python3
"""Lists the functions of the C++ sources that are longer than a limit.

    scripts/function_sizes.py [--limit 120] [--allow FILE] [--all] [ROOT]

Reads src/ and include/ under ROOT (default: the repository), finds every function
body (free functions, member functions defined in or out of a class; lambdas count
towards the function around them) and prints `path:line: name: N lines` for each one
over the limit, from its signature to its closing brace. A function named in the
allow-list (lines `PATH_GLOB<TAB>NAME_GLOB`, `#` comments; see
scripts/function_sizes_allow.txt) is reported as allowed; an allow-list line that
matches no long function any more is reported so that it can be removed. The exit
status is 1 when a function over the limit is not allowed, else 0. `--all` prints
every function.
"""
import argparse
import fnmatch
import os
import re
import sys

NOT_FUNCTIONS = ("namespace", "class", "struct", "enum", "union", "extern")
CONTROL = {"if", "for", "while", "switch", "catch", "do", "else", "try", "return"}


def strip(text):
    """The text with comments, string and character literals blanked (lines kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = text.find(")" + m.group(1) + '"', i)
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append('""' + re.sub(r"[^\n]", " ", text[i + 2:j]))
            i = j
        elif c in "\"'":
            if c == "'" and i > 0 and (text[i - 1].isalnum()) and text[i - 1] not in "uUL8":
                out.append(c)  # a digit separator (1'000)
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(c + " " * (min(j, n) - i - 1) + (c if j < n else ""))
            i = j + 1
        elif c == "#" and (i == 0 or text[i - 1] == "\n"):
            j = i
            while True:  # a preprocessor line, with its continuations
                k = text.find("\n", j)
                k = n if k < 0 else k
                if k > 0 and text[k - 1] == "\\" and k < n:
                    j = k + 1
                    continue
                break
            out.append(re.sub(r"[^\n]", " ", text[i:k]))
            i = k
        else:
            out.append(c)
            i += 1
    return "".join(out)


def function_name(header):
    """The name of the function a header declares, or None when it is no function."""
    h = " ".join(header.split())
    if not h or "(" not in h:
        return None
    first = re.match(r"[A-Za-z_]\w*", h.lstrip("[:] "))
    if first and first.group(0) in NOT_FUNCTIONS + tuple(CONTROL):
        return None
    if h.startswith("template") and re.match(r"template\s*<.*>\s*(class|struct|union)\b", h):
        return None
    paren = h.find("(")
    if h.startswith("operator") or re.search(r"\boperator\s*\(\s*\)\s*\(", h):
        m = re.search(r"((?:[\w:~]+::)?operator\s*\(\s*\))\s*\(", h)
        if m:
            return m.group(1).replace(" ", "")
    before = h[:paren]
    if "=" in before.replace("operator=", "").replace("==", "").replace("<=", "").replace(">=", ""):
        return None  # an initialiser: `auto x = f(...) {`?, `static T t = [] {`
    m = re.search(r"([~\w]+(?:\s*::\s*[~\w]+)*(?:\s*operator\s*\S+)?)\s*$", before)
    if not m:
        return None
    name = re.sub(r"\s+", "", m.group(1))
    if name.split("::")[-1] in CONTROL or not re.match(r"[~A-Za-z_]", name):
        return None
    return name


def functions(path):
    """(name, first line, last line) of every function body in a file."""
    text = strip(open(path, encoding="utf-8", errors="replace").read())
    found = []
    stack = []  # per open brace: (is_function, name, start line)
    header_start = 0  # where the current statement or declaration began
    line = 1
    in_function = 0
    for i, c in enumerate(text):
        if c == "\n":
            line += 1
        elif c == "{":
            header = text[header_start:i]
            name = None if in_function else function_name(header)
            if name:
                offset = len(header) - len(header.lstrip())  # from the signature's first line
                first_line = line - text[header_start + offset:i].count("\n")
                stack.append((True, name, first_line))
                in_function += 1
            else:
                stack.append((False, None, line))
            header_start = i + 1
        elif c == "}":
            if stack:
                is_fn, name, start = stack.pop()
                if is_fn:
                    in_function -= 1
                    found.append((name, start, line))
            header_start = i + 1
        elif c == ";" or (c == ":" and text[i - 1 : i + 1] != "::" and text[i : i + 2] != "::"
                          and re.search(r"\b(public|private|protected)\s*$", text[header_start:i])):
            header_start = i + 1
    return found


def load_allow(path):
    rules = []
    if not path or not os.path.exists(path):
        return rules
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        cols = s.split("\t")
        if len(cols) != 2:
            sys.exit(f"{path}:{n}: expected PATH_GLOB<TAB>NAME_GLOB")
        rules.append((cols[0].strip(), cols[1].strip(), n))
    return rules


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", nargs="?", default=here)
    ap.add_argument("--limit", type=int, default=120)
    ap.add_argument("--allow", default=os.path.join(here, "scripts", "function_sizes_allow.txt"))
    ap.add_argument("--all", action="store_true", help="print every function and its length")
    args = ap.parse_args()
    rules = load_allow(args.allow)
    used = set()
    failed = False
    for top in ("src", "include"):
        for d, _, files in sorted(os.walk(os.path.join(args.root, top))):
            for f in sorted(files):
                if not f.endswith((".cpp", ".hpp", ".h", ".cc")):
                    continue
                path = os.path.join(d, f)
                rel = os.path.relpath(path, args.root)
                for name, start, end in functions(path):
                    size = end - start + 1
                    if args.all:
                        print(f"{rel}:{start}: {name}: {size} lines")
                    if size <= args.limit:
                        continue
                    allowed = [r for r in rules if fnmatch.fnmatch(rel, r[0]) and fnmatch.fnmatch(name, r[1])]
                    used.update(r[2] for r in allowed)
                    if allowed:
                        print(f"{rel}:{start}: {name}: {size} lines (allowed: still being split)")
                    else:
                        print(f"{rel}:{start}: {name}: {size} lines, over {args.limit}")
                        failed = True
    for glob_path, glob_name, n in rules:
        if n not in used:
            print(f"{os.path.relpath(args.allow, args.root)}:{n}: note: {glob_path} {glob_name}: "
                  f"no function over {args.limit} lines matches any more; remove the line")
    if not failed:
        print(f"function sizes: no function over {args.limit} lines outside the allow-list")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
