#!/usr/bin/env python3
"""Refuses a Catch2 test name with a semicolon: catch_discover_tests hands the
names to CTest as a CMake list, which splits it there, and each piece then
matches no test case, so the test never runs and never fails.
Usage: check_test_names.py TESTS_DIR"""
import pathlib, re, sys

bad = []
for path in sorted(pathlib.Path(sys.argv[1]).rglob('*.cpp')):
    text = path.read_text(encoding='utf-8')
    for match in re.finditer(r'TEST_CASE\(((?:\s*"(?:[^"\\]|\\.)*")+)', text):
        name = ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1)))
        if ';' in name:
            line = text.count('\n', 0, match.start()) + 1
            bad.append(f'{path}:{line}: "{name}"')
if bad:
    print('Test names with a semicolon never run under CTest; write a comma instead:')
    print('\n'.join(bad))
    sys.exit(1)
