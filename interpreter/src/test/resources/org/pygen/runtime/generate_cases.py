#!/usr/bin/env python3
"""Regenerates cpython_cases.tsv: runtime operations and the results CPython 3.11 gives.

Each line is: op <TAB> arg... <TAB> => <TAB> expected
  op        add, sub, ... (operators), repr, str, format, getitem, m:NAME (method call on the
            first argument), b:NAME (builtin call)
  arg       a Python literal (repr); keyword arguments are written @name=literal
  expected  repr(result), or !ExceptionName: message

RuntimeCasesTest evaluates every line with pygen's runtime and compares.
Run: python3 generate_cases.py > cpython_cases.tsv
"""
import builtins
import math
import operator
import sys

inf = float('inf')
nan = float('nan')

OPS = {
    'add': operator.add, 'sub': operator.sub, 'mul': operator.mul,
    'truediv': operator.truediv, 'floordiv': operator.floordiv, 'mod': operator.mod,
    'pow': operator.pow, 'lshift': operator.lshift, 'rshift': operator.rshift,
    'and': operator.and_, 'or': operator.or_, 'xor': operator.xor,
    'eq': operator.eq, 'ne': operator.ne, 'lt': operator.lt, 'le': operator.le,
    'gt': operator.gt, 'ge': operator.ge,
    'neg': operator.neg, 'pos': operator.pos, 'invert': operator.invert,
    'contains': lambda c, x: x in c, 'is': operator.is_,
    'truth': bool, 'repr': repr, 'str': str, 'hash': hash, 'len': len,
    'format': format, 'getitem': operator.getitem,
}

C = []


def case(op, *args, **kwargs):
    C.append((op, args, kwargs))


# ---- arithmetic: ints, big ints, floats, bools, mixed
nums = [0, 1, -1, 7, -7, 2, -2, 3, 10, 2**62, -2**63, 2**63 - 1, 2**64, -2**70, 0.0, -0.0,
        0.5, -0.5, 2.5, -7.5, 1e300, 1e-300, inf, -inf, True, False]
for a in [7, -7, 2**64, -7.5, 0.0, 1e300, True, -2**63]:
    for b in [2, -2, 3, 0, 2**64, 0.5, -0.0, inf, True, -1]:
        for op in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow']:
            if op == 'pow' and (abs(b) == 2**64 or (isinstance(b, float) and b == inf)):
                continue
            case(op, a, b)
        case('b:divmod', a, b)
for a, b in [(2, 100), (2, -1), (0, -1), (0.0, -1), (-8, 0.5), (10.0, 400), (-2, 63), (-2, 64),
             (3, 40), (-1, 2**80), (1, -2**80), (2.0, 0.5), (-1.0, inf), (1.0, nan),
             (inf, 0), (0, 0), (-3, 3), (10, -1), (5, -3), (2**0.5, 2)]:
    case('pow', a, b)
for a, b in [(1, 64), (1, 63), (-1, 100), (2**70, 3), (-(2**70), 69), (5, -1), (255, 4),
             (-255, 4), (1, 0), (True, 3)]:
    case('lshift', a, b)
    case('rshift', a, b)
for a, b in [(12, 10), (-12, 10), (True, True), (True, False), (True, 2), (2**70, -1),
             (-(2**70), 2**65), (1.5, 1)]:
    for op in ['and', 'or', 'xor']:
        case(op, a, b)
for a in [0, 5, -5, 2**63 - 1, -2**63, 2**64, 0.0, -0.0, 1.5, inf, True, False, 'a', [1]]:
    for op in ['neg', 'pos', 'invert', 'b:abs', 'truth']:
        case(op, a)
for a, b in [(1, 3), (2**70, 3), (10**20, 7), (2**1000, 3), (-(2**1000), 7), (2**1024, 1),
             (2**1024, 2**1023), (1, 2**1100), (0, -5), (2**53 + 1, 1), (-(2**60) - 1, 3),
             (123456789123456789, 1000), (1, 0), (7, -0.0)]:
    case('truediv', a, b)
# mixed-type errors and sequence arithmetic
for a, b in [(1, 'a'), ('a', 1), ([1], 1), ((1,), 1), ([1], (1,)), ('a', 'b'), ([1], [2, 3]),
             ((1,), (2,)), (None, 1), (1.5, 'x'), ({1}, {2}), ({'a': 1}, {'b': 2})]:
    case('add', a, b)
for a, b in [('ab', 3), (3, 'ab'), ([1, 2], 2), (2, (1,)), ('ab', -1), ('ab', True), ('a', 'b'),
             ('a', 1.5), ([None], 0), ([1], 2**70)]:
    case('mul', a, b)
for a, b in [({1, 2, 3}, {2, 3, 4}), ({1, 2}, {1, 2})]:
    for op in ['sub', 'and', 'or', 'xor', 'lt', 'le', 'gt', 'ge', 'eq']:
        case(op, a, b)

# ---- set order: CPython's table order, reproduced for ints, floats and tuples
for items in [[3, 1, 2], [10, 5, 100, 7, 8, 9, 33, 64, 1000, -1], [3, 1, 2, 1.0, True, (1, 2)],
              [100, 1, -5, 33, 7, 8, 16, 24], list(range(20)), list(range(100, 0, -7)),
              [2**61 + 5, 5, 2**64, -2**64, 0.5, 1.5, -0.0], [(i, i * i) for i in range(12)],
              [True, 1, 1.0, 0, False], [8, 16, 24, 32, 40, 48, 56, 64, 72]]:
    case('b:set', items)
    case('b:frozenset', items)
case('m:union', {1, 2, 3}, [9, 8, -1])
case('m:intersection', {5, 6, 7}, [7, 6, 100])
case('m:difference', set(range(20)), [1, 2, 3])
case('m:symmetric_difference', {1, 2, 3}, [3, 4, 20])
case('m:union', {1}, [40, 8], (16, 3))
for a, b in [(set(range(20)), {1, 2, 3}), ({1, 2, 3}, {9, 8, -1}), ({5, 6, 7}, {7, 6, 100}),
             ({1, 2, 3}, {3, 4, 20}), ({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {2}),
             ({2}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}), ({1.0, 2}, {1, 2.0})]:
    for op in ['sub', 'and', 'or', 'xor']:
        case(op, a, b)

# ---- comparisons
pairs = [(1, 1.0), (1, True), (0, False), (2**53 + 1, float(2**53 + 1)), (2**53 + 1, float(2**53)),
         (10**400, inf), (-(10**400), -inf), (nan, nan), (nan, 1), (1, nan), (0.0, -0.0),
         (2**64, 2.0**64), (2**64 + 1, 2.0**64), ('a', 'b'), ('abc', 'ab'), ('', 'a'),
         ('\uffff', '\U00010000'), ([1, 2], [1, 2, 3]), ([1, 2], [1, 3]), ((1, 'a'), (1, 'b')),
         ((1, 2), (1, 2)), ([1, 'a'], [1, 2]), ([], []), ((), ()), (1, 'a'), ([1], (1,)),
         (None, None), (None, 0), ({'a': 1}, {'a': 1.0}), ({'a': 1, 'b': 2}, {'b': 2, 'a': 1}),
         ({1, 2}, {2, 1}), ({'a': 1}, {'a': 2}), ([nan], [nan]), (range(0), range(2, 2)),
         (range(0, 6, 2), range(0, 5, 2)), (range(1), range(1, 2)), (True, 1.0), (3, 2.5)]
for a, b in pairs:
    for op in ['eq', 'ne', 'lt', 'le', 'gt', 'ge']:
        case(op, a, b)
for a, b in [(1, 1), (None, None), ('a', 'a'), (1, 1.0), (True, True), (True, 1), (2.5, 2.5)]:
    case('is', a, b)

# ---- hashing (numbers and tuples match CPython exactly)
for a in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, -2**63, 2**63 - 1, 2**64, -2**100, 10**30,
          0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 1e-300, 5e-324, inf, -inf, 2.0**70, True, False,
          (), (1,), (1, 2), (1, (2, 3)), ('a', 1.5, None) if False else (1.5, 2), [1], {'a': 1},
          {1}, range(0), range(5), range(1, 10, 3), range(5, 6)]:
    case('hash', a)

# ---- repr / str
floats = [0.1 + 0.2, 1e16, 1e15, 1e-5, 1e-4, 100.0, 1 / 3, 2 / 3, 1e22, 1e23, 5e-324,
          1.7976931348623157e308, 2.2250738585072014e-308, 2.82879384806159e17, 123456789.123,
          0.3, -0.0, 0.0, inf, -inf, nan, 1e-7, 9007199254740993.0, 1.5e300, 4.35, 0.001,
          1234567890123456789.0, 9.999999999999999e22, 3.141592653589793, 2.718281828459045,
          1e-310, 6.02214076e23, 299792458.0, 0.1 * 3, 1.1 * 1.1, 100.0 / 3, 2.0**-1074 * 3,
          8.41e21, 5.0e-324 * 7, 1.0e-323, 4.9406564584124654e-324]
for f in floats:
    case('repr', f)
for s in ['', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'line\nbreak', '\r\x00\x1f',
          '\x7f\x80\x9f\xa0\xad', 'caf\xe9', '\u200b\u2028\ufeff', '\U0001f600', 'back\\slash',
          '\ud800', '\u0378', '\ue000', 'a\x0b\x0cb']:
    case('repr', s)
    case('str', s)
for v in [[1, 'a', 2.5, None, True], (1,), (), (1, 2), {'a': [1, (2,)], 3: None}, set(),
          {1}, frozenset(), frozenset({1}), [[]], range(3), range(1, 10, 2), range(-5),
          slice(1, None, -1), 10**30, -(2**64), True, None]:
    case('repr', v)
    case('str', v)

# ---- indexing and slicing
seqs = [[0, 1, 2, 3, 4, 5], (0, 1, 2, 3, 4, 5), 'abcdef', range(0, 12, 2), range(10, 0, -3)]
keys = [0, 5, -1, -6, 6, -7, True, 2**70, 'a', 1.5, None,
        slice(None, None, None), slice(1, 4, None), slice(None, None, -1), slice(-2, None, None),
        slice(None, -2, None), slice(1, None, 2), slice(5, 0, -2), slice(-100, 100, None),
        slice(100, -100, -1), slice(None, None, 0), slice(2**70, None, None),
        slice(None, None, -2**70), slice(4, 1, None), slice(0, 6, 4), slice('a', None, None)]
for s in seqs:
    for k in keys:
        case('getitem', s, k)
for obj, k in [({'a': 1}, 'a'), ({'a': 1}, 'b'), ({1: 'x'}, 1.0), ({1: 'x'}, True),
               ({(1, 2): 3}, (1, 2)), ({}, [1]), (5, 0), (None, 0), ({1}, 0), ({'a': 1}, (1,))]:
    case('getitem', obj, k)

# ---- ranges beyond 64 bits
R = range(2**64, 2**64 + 10, 3)
for k in [0, -1, 3, -4, 4, 2**64, slice(1, 3, None), slice(None, None, -1), slice(2**70, None, None),
          slice(-2**70, 2**70, 2**65)]:
    case('getitem', R, k)
    case('getitem', range(2**70), k)
    case('getitem', range(-(2**65), 2**65, 2**64), k)
for r in [R, range(2**70), range(2**63 - 2, 2**63 + 2), range(-(2**65), 2**65, 2**64), range(10**12)]:
    case('len', r)
    case('repr', r)
    case('truth', r)
    case('hash', r)
    for x in [2**64, 2**64 + 3, 2**64 + 4, 0, -1, 2**63]:
        case('contains', r, x)
    case('m:index', r, 2**64 + 3)
    case('m:count', r, 2**64)
for r in [R, range(2**63 - 2, 2**63 + 2), range(2**64, 2**64 - 6, -2), range(-(2**65), 2**65, 2**64)]:
    case('b:list', r)
    case('b:sorted', r)
case('contains', R, 2.0**64 + 4096)
case('contains', R, 2.0**64)
case('eq', range(2**64), range(0, 2**64))
case('eq', range(2**64, 2**64 + 1), range(2**64, 2**64 + 1, 5))
case('b:range', 2**64, 2**64 + 4)
case('b:range', 1.5, 2**64)

# ---- bytes
BY = [b'', b'abc', b"q'\n", b'a"b\'', bytes(range(0, 256, 37)), b'\\', b' a b  c ']
for b in BY:
    case('repr', b)
    case('str', b)
    case('len', b)
    case('truth', b)
    case('b:list', b)
    case('m:upper', b)
    case('m:split', b)
    case('m:strip', b)
    case('m:hex', b)
for a, b in [(b'a', 'b'), (b'a', b'bc'), (b'a', 3), (b'ab', 2), (b'ab', b'ab'), (b'a', b'b'),
             (b'\xff', b'a'), (b'a', 'a'), (b'ab', b'abc')]:
    for op in ['add', 'mul', 'eq', 'lt', 'ge']:
        case(op, a, b)
for c, x in [(b'abc', 97), (b'abc', b'bc'), (b'abc', 'a'), (b'a', 300), (b'abc', b'')]:
    case('contains', c, x)
for k in [0, -1, 3, slice(None, None, -1), slice(1, None, None), 'a']:
    case('getitem', b'abc', k)
for e in [b'\xff', b'\xc3', b'\xc3a', b'\xe2\x82', b'a\xf8', b'\xe2\x82a', b'\xed\xa0\x80',
          b'caf\xc3\xa9', b'\xf0\x9f\x98\x80']:
    case('m:decode', e)
case('m:decode', b'\x80abc', 'utf-8', 'replace')
case('m:decode', b'\x80abc', 'utf-8', 'ignore')
case('m:decode', b'\xff', 'latin-1')
case('m:decode', b'\xff', 'ascii')
case('m:decode', b'abc', 'nope')
for s, enc in [('h\xe9llo', 'utf-8'), ('\xe9', 'latin-1'), ('\u20ac', 'ascii'), ('\u20ac', 'latin-1'),
               ('abc', 'ascii'), ('snow \u2603', 'utf-8'), ('a', 'nope'), ('\U0001f600', 'utf-8')]:
    case('m:encode', s, enc)
case('m:encode', 'abc')
case('m:encode', '\u20ac', 'ascii', 'replace')
case('m:encode', '\u20ac', errors='ignore', encoding='ascii')
for args in [(), (3,), ([1, 2, 255],), ([256],), ('\xe9', 'utf-8'), ('x',), (b'ab',), (1.5,),
             (['a'],), (-1,)]:
    case('b:bytes', *args)
case('m:split', b'a,b,,c', b',')
case('m:split', b'a b c', None, 1)
case('m:join', b'-', [b'a', b'b'])
case('m:join', b'', ['a'])
case('m:find', b'abc', b'c')
case('m:find', b'abc', 99)
case('m:index', b'abc', 98)
case('m:index', b'abc', b'z')
case('m:count', b'abc', b'')
case('m:replace', b'abc', b'b', b'x')
case('m:startswith', b'abc', b'ab')
case('m:startswith', b'abc', (b'x', b'a'))
case('m:startswith', b'abc', 'a')
case('m:endswith', b'abc', b'bc')
case('m:strip', b'xxaxx', b'x')
case('format', b'ab', '')
case('mod', '%s|%r', (b'a', b'b'))

# ---- len, contains, truth
for v in ['', 'abc', [], [1, 2], (), (1,), {}, {'a': 1}, set(), {1, 2}, range(0), range(5),
          range(10, 0, -3), range(0, 10, 3), 5, None, 1.5, 0, 0.0, -0.0, nan]:
    case('len', v)
    case('truth', v)
for c, x in [([1, 2], 2), ([1, 2], 2.0), ([1, 2], 3), ((1, 'a'), 'a'), ('abc', 'bc'), ('abc', ''),
             ('abc', 1), ({'a': 1}, 'a'), ({'a': 1}, 1), ({1, 2}, 1.0), (range(0, 10, 3), 9),
             (range(0, 10, 3), 10), (range(0, 10, 3), 3.0), (range(10, 0, -2), 4),
             (range(5), 'a'), (5, 1), ({'a': 1}, [1]), ([nan], nan), ([[1]], [1])]:
    case('contains', c, x)

# ---- format
fmt = [(1234, ''), (1234, 'd'), (1234, '10'), (1234, '<10'), (1234, '^10'), (1234, '*>10'),
       (-1234, '010'), (1234, '+'), (1234, ' '), (-1234, ' '), (1234, ','), (1234567, '_'),
       (1234, '09,'), (1234, '08,'), (-1234, '010,'), (255, 'x'), (255, '#x'), (255, '#X'),
       (255, '#010x'), (255, 'o'), (255, '#o'), (5, 'b'), (5, '#b'), (12345678, '_x'),
       (12345678, '_b'), (-255, '#X'), (65, 'c'), (1, ',x'), (1, '.2d'), (1, 'z'), (1, 'q'),
       (1, 'dd'), (1, '.'), (1, ',_'), (1, '+c'), (0x110000, 'c'), (2**100, ','), (2**100, 'e'),
       (True, ''), (True, 'd'), (True, '>5'), (True, '^5'), (False, '05'), (7, 'f'), (7, '.2%'),
       (7, 'g'), (3, '=+5'), (3, '=+05'), (3, '*=+6'), (12, 'n'),
       (1.5, ''), (1.0, ''), (1e16, ''), (1e22, ''), (0.1, '.20f'), (1e100, '.2f'), (1.5, '10'),
       (1.0, '5'), (1.0, '.3'), (1234.5, '.3'), (0.0001, '.3'), (1e16, '.3'), (9.999, '.3'),
       (9.999, '.2g'), (0.00001234, '.2'), (123456.0, '.2'), (1e15, '.17'), (100.0, 'g'),
       (1e-4, 'g'), (1e-5, 'g'), (1.23e-5, 'G'), (123456789.0, 'g'), (1234567.0, ','),
       (1234567.0, ',g'), (12345.678, ',.2f'), (12345.678, '_.2e'), (1234.5, '010,.1f'),
       (123.456, '%'), (0.5, '%'), (0.125, '.1%'), (0.5, '.0f'), (1.5, '.0f'), (2.5, '.0f'),
       (2.675, '.2f'), (1.005, '.2f'), (1.5, '#.0f'), (1.0, '#g'), (1.0, '#.3'), (100.0, 'e'),
       (0.0, 'e'), (0.0, 'g'), (0.0, ''), (-0.0, ''), (-0.0, 'z.1f'), (-1e-300, '.2f'),
       (-1e-300, 'z.2f'), (123.0, '.0e'), (9.99, '.1e'), (inf, ''), (-inf, 'f'), (nan, 'F'),
       (inf, '010'), (nan, '+010'), (inf, 'E'), (1.5, 'x'), (1.5, 'd'), (1.5, '=+10.2f'),
       (-1.5, '^+9.1f'), (1.5, ' .1f'), (3.14159, '08.3f'), (-3.14159, '08.3f'), (1e300 * 10, 'e'),
       (5e-324, 'e'), (5e-324, '.3g'), (1.7976931348623157e308, 'f'), (1.5, 'n'), (0.1, '.17g'),
       (1.0, '.0e'), (1.0, '#.0e'), (12.0, '.1'), (1.25, '.1f'), (1.35, '.1f'),
       ('abc', ''), ('abc', '10'), ('abc', '>10'), ('abc', '^10'), ('abc', '^7'), ('abc', '.2'),
       ('abc', '*^9.1'), ('é', '*^5'), ('a', 'x<3'), ('a', '05'), ('a', 's'), ('a', '+'),
       ('a', '='), ('a', '#'), ('a', ','), ('a', 'z'), ('a', 'd'), ('a', 'ss'), ([1], ''),
       ([1], '5'), (None, ''), (None, '>5'), ((1, 2), '')]
for v, s in fmt:
    case('format', v, s)

# ---- random doubles: shortest repr, and correctly rounded e/f/g formatting
import random
import struct
rng = random.Random(20261121)
for _ in range(400):
    bits = rng.getrandbits(64)
    f = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if math.isnan(f) or math.isinf(f):
        continue
    case('repr', f)
for _ in range(200):
    f = rng.choice([rng.uniform(-1e6, 1e6), rng.uniform(-1, 1), rng.random() * 10 ** rng.randint(-30, 30),
                    round(rng.uniform(0, 100), rng.randint(0, 4))])
    case('repr', f)
    case('format', f, rng.choice(['.3f', '.0f', '.10e', '.2e', '.5g', '.12g', 'g', '%', ',.2f', '.1']))
    case('str', f * 3)

# ---- str methods
S = 'Hello, World'
str_cases = [
    ('join', '-', ['a', 'b', 'c']), ('join', '', []), ('join', ',', ['a', 1]), ('join', ',', 'abc'),
    ('split', '  a b  c  '), ('split', 'a,b,,c', ','), ('split', 'a,b,,c', ',', 1),
    ('split', '  a b  c  ', None, 1), ('split', 'a b', ''), ('split', ''), ('split', '', ','),
    ('split', 'a\u3000b\xa0c'), ('split', 'abcabc', 'bc'), ('split', 'a b c', None, 0),
    ('rsplit', '  a b  c  ', None, 1), ('rsplit', 'a,b,,c', ',', 1), ('rsplit', 'a,b,c', ','),
    ('rsplit', 'aaa', 'aa'), ('split', 'aaa', 'aa'),
    ('strip', '  x  '), ('strip', 'xxhixx', 'x'), ('lstrip', '  x  '), ('rstrip', '  x  '),
    ('strip', '\t\n x \x0b\x0c\r'), ('strip', 'abcxcba', 'abc'), ('strip', 'x', 1),
    ('upper', 'straße'), ('lower', 'ÀB'), ('title', "hello wORLD it's 3rd"), ('capitalize', 'hELLO'),
    ('capitalize', 'ǆemal'), ('swapcase', 'aBc'), ('casefold', 'Straße'),
    ('startswith', S, 'Hell'), ('startswith', S, ('x', 'He')), ('startswith', S, 'World', 7),
    ('startswith', S, 'lo', 3, 5), ('startswith', S, 1), ('startswith', S, ('a', 1)),
    ('endswith', S, 'World'), ('endswith', S, 'Hello', 0, 5), ('endswith', S, ''),
    ('endswith', S, '', 20), ('startswith', S, '', 12), ('startswith', S, '', 13),
    ('find', S, 'o'), ('find', S, 'o', 5), ('find', S, 'o', 5, 8), ('find', S, 'z'), ('find', S, ''),
    ('find', S, '', 12), ('find', S, '', 13), ('find', S, 'o', -4), ('rfind', S, 'o'),
    ('rfind', S, 'o', 0, 8), ('rfind', S, ''), ('index', S, 'W'), ('index', S, 'z'),
    ('rindex', S, 'l'), ('count', 'aaaa', 'aa'), ('count', 'abc', ''), ('count', 'abcabc', 'b', 2),
    ('count', 'abc', '', 5), ('count', 'abc', 'c', -1),
    ('replace', 'aaaa', 'a', 'b'), ('replace', 'aaaa', 'a', 'b', 2), ('replace', 'abc', '', '-'),
    ('replace', 'abc', '', '-', 2), ('replace', 'abc', 'x', 'y'), ('replace', 'a', 'a'),
    ('isdigit', '123'), ('isdigit', '12a'), ('isdigit', ''), ('isdigit', '²'), ('isdecimal', '²'),
    ('isnumeric', '½'), ('isalpha', 'abcé'), ('isalpha', 'ab1'), ('isalnum', 'ab1'),
    ('isalnum', 'ab 1'), ('isspace', ' \t\n'), ('isspace', ''), ('isspace', '\xa0'),
    ('isupper', 'ABC1'), ('isupper', 'AbC'), ('isupper', '123'), ('islower', 'abc1'),
    ('istitle', 'Hello World'), ('istitle', 'Hello world'), ('isidentifier', '_a1'),
    ('isidentifier', '1a'), ('isascii', 'abc'), ('isascii', 'é'), ('isprintable', 'a\n'),
    ('zfill', '42', 5), ('zfill', '-42', 5), ('zfill', '+42', 2), ('zfill', '', 3),
    ('center', 'ab', 7, '*'), ('center', 'ab', 6), ('center', 'abc', 6), ('center', 'ab', 7),
    ('center', 'a', 4), ('center', 'ab', 1), ('center', 'ab', 5, 'xy'), ('ljust', 'ab', 5, '.'),
    ('rjust', 'ab', 5), ('splitlines', 'a\nb\r\nc\rd\x0be\x1cf\u2028g'),
    ('splitlines', 'a\nb\n', True), ('splitlines', ''), ('splitlines', '\n'),
    ('partition', 'a=b=c', '='), ('rpartition', 'a=b=c', '='), ('partition', 'abc', 'x'),
    ('rpartition', 'abc', 'x'), ('removeprefix', 'abc', 'ab'), ('removesuffix', 'abc', 'bc'),
    ('removesuffix', 'abc', ''), ('expandtabs', 'a\tbc\td'), ('expandtabs', 'a\tb', 4),
    ('format', '{} and {}', 1, 'x'), ('format', '{1}{0}', 'a', 'b'), ('format', '{x}-{y!r}', ),
    ('format', '{0:>5}|{0:<5}|{0:^5}', 'ab'), ('format', '{:.2f}', 3.14159),
    ('format', '{{}} {}', 1), ('format', '{', 1), ('format', '}', 1), ('format', '{0}{}', 1, 2),
    ('format', '{}{0}', 1, 2), ('format', '{0[1]}', [5, 6]), ('format', '{0[a]}', {'a': 1}),
    ('format', '{:{}}', 'x', 5), ('format', '{2}', 1), ('format', '{!x}', 1),
    ('format', '{0!s:>4}', 1.5), ('format', '{0.real}', 5), ('format', '{!a}', 'é'),
    ('format', '{:,}', 1234567), ('format', '{:{w}.{p}f}', 3.14159),
    ('format_map', '{a}{b}', {'a': 1, 'b': 2}),
    ('maketrans', 'abc', 'xyz', 'd'), ('maketrans', '', {'a': 'b', 99: None}),
    ('maketrans', '', 'ab', 'c'), ('maketrans', '', {'ab': 1}), ('maketrans', '', 1),
    ('translate', 'abcd-a', {97: 120, 98: 121, 99: 122, 100: None}),
    ('translate', 'abc', {97: None, 98: 'BB'}), ('translate', 'abc', {97: 5.5}),
    ('translate', 'abc', [None] * 98),
]
for name, recv, *args in str_cases:
    kwargs = {}
    if name == 'format' and recv == '{x}-{y!r}':
        kwargs = {'x': 1, 'y': 'z'}
    if name == 'format' and recv == '{:{w}.{p}f}':
        kwargs = {'w': 8, 'p': 2}
    case('m:' + name, recv, *args, **kwargs)
case('m:split', 'a b c', maxsplit=1)
case('m:split', 'a,b,c', sep=',', maxsplit=1)
case('m:splitlines', 'a\nb', keepends=True)
case('m:split', 'a', foo=1)

# ---- printf-style formatting
pct = [('%s', 1), ('%s %s', (1, 'a')), ('%d', 1.5), ('%d', 'x'), ('%5.2f|%-5d|%x|%r|%c', (3.14159, 42, 255, 'a', 65)),
       ('%(a)s-%(b)r', {'a': 1, 'b': 'x'}), ('%s', [1]), ('%s', (1,)), ('%', ()), ('%z', 1),
       ('%i %u %o %X %e %g %E %G %%', (1, 2, 8, 255, 1.5, 1.5, 1.5e20, 1e-20)),
       ('%.3s|%5s|%-5s|', ('abcdef', 'ab', 'ab')), ('%+d % d %05d %#x %#o', (5, 5, -42, 255, 8)),
       ('%s %s', (1,)), ('%s', (1, 2)), ('%*d', (5, 42)), ('%-*.*f', (8, 2, 3.14159)),
       ('%c', 'x'), ('%c', 'xy'), ('%x', 1.5), ('%.0f %.1f', (0.5, 0.25)), ('%e', 0.0),
       ('%10.3e|', 12345.678), ('%g', 1e-5), ('%g', 123456789), ('%#g', 1.0), ('%a', 'é'),
       ('100%%', ()), ('%s', None), ('%r', 'it\'s'), ('%d', True), ('%s', True), ('%.2s', 'abc'),
       ('%(x)d', {'y': 1}), ('%d %(x)d', {'x': 1}), ('%f', 'x'), ('%d', 2**70), ('%x', -255),
       ('%i', 3.99), ('%5%', ()), ('abc', ()), ('abc', 5), ('%s', {}), ('%s', ()), ('%o', -8)]
for t, a in pct:
    case('mod', t, a)

# ---- list / tuple / dict / set methods
case('m:index', [1, 2, 3, 2], 2)
case('m:index', [1, 2, 3, 2], 2, 2)
case('m:index', [1, 2, 3, 2], 5)
case('m:index', [1, 2, 3, 2], 2, -1)
case('m:index', [1, 2, 3], 3, 0, 2)
case('m:count', [1, 2, 1.0, True], 1)
case('m:pop', [])
case('m:pop', [1, 2], 5)
case('m:pop', [1, 2], 1, 2)
case('m:insert', [1], 0)
case('m:append', [])
case('m:clear', [], 1)
case('m:sort', [], 1)
case('m:sort', [], foo=1)
case('m:remove', [1], 5)
case('m:index', (1, 2, 3), 3)
case('m:index', (1, 2, 3), 5)
case('m:count', (1, 2, 1), 1)
case('m:count', ())
case('m:get', {'a': 1}, 'a')
case('m:get', {'a': 1}, 'b')
case('m:get', {'a': 1}, 'b', 0)
case('m:get', {})
case('m:get', {}, 1, 2, 3)
case('m:pop', {'a': 1}, 'b')
case('m:pop', {'a': 1}, 'b', None)
case('m:setdefault', {'a': 1}, 'b', 2)
case('m:keys', {'a': 1, 'b': 2})
case('m:values', {'a': 1, 'b': 2})
case('m:items', {'a': 1, 'b': 2})
case('m:keys', {}, 1)
case('m:popitem', {})
case('m:union', {1, 2}, [2, 3])
case('m:intersection', {1, 2}, [2, 3])
case('m:difference', {1, 2}, [2, 3])
case('m:issubset', {1}, [1, 2])
case('m:remove', {1}, 2)
case('m:bit_length', 255)
case('m:bit_length', -2**70)
case('m:is_integer', 2.0)
case('m:as_integer_ratio', 0.75)
case('m:foo', 1)

# ---- builtins
B = [
    ('len', ), ('len', 1, 2), ('len', 5), ('abs', 'a'), ('abs', -2**63),
    ('int', '  -12_3 '), ('int', '0x1f', 0), ('int', '0x1f', 16), ('int', '1f', 16), ('int', 'x'),
    ('int', '12', 1), ('int', '010', 0), ('int', '0', 0), ('int', '00', 0), ('int', '1__0'),
    ('int', '_1'), ('int', '1_'), ('int', '0b_101', 0), ('int', '0o17', 8), ('int', 'z', 36),
    ('int', '99999999999999999999999'), ('int', '-0x' + 'f' * 20, 16), ('int', 3.99),
    ('int', -3.99), ('int', 1e20), ('int', inf), ('int', nan), ('int', True), ('int', '٣'),
    ('int', [1]), ('int', 1.5, 10), ('int', ''), ('int', ' '), ('int', '+5'), ('int', '--5'),
    ('float', '1e5'), ('float', ' -inf '), ('float', 'Infinity'), ('float', 'nan'), ('float', '1_0.5'),
    ('float', '.5'), ('float', '5.'), ('float', 'x'), ('float', '1e'), ('float', '0x1p3'),
    ('float', '1d'), ('float', 2**1024), ('float', 2**70), ('float', True), ('float', [1]),
    ('float', ''), ('float', '1__0'),
    ('str', ), ('str', 1.5), ('str', [1, 'a']), ('bool', ), ('bool', []), ('bool', 'x'),
    ('round', 2.675, 2), ('round', 2.5), ('round', 3.5), ('round', -2.5), ('round', 0.5),
    ('round', 1234, -2), ('round', 1250, -2), ('round', 1350, -2), ('round', -1250, -2),
    ('round', 5, 2), ('round', 1.5, None), ('round', inf), ('round', nan), ('round', inf, 2),
    ('round', 1e300, -300), ('round', 123.456, -1), ('round', 123.456, 1), ('round', -0.4),
    ('round', 1.23456789e-10, 12), ('round', 'a'), ('round', 2**70 + 0.0), ('round', 5e-324, 400),
    ('divmod', 7, 2), ('divmod', -7, 2), ('divmod', 7.5, -2), ('divmod', 1, 0), ('divmod', 1.0, 0),
    ('divmod', 2**70, -3), ('pow', 2, 10), ('pow', 2, -1, 5), ('pow', 3, 4, 5), ('pow', 2, 3, 0),
    ('pow', 2.0, 3, 5), ('pow', -2, 3, 5), ('pow', 2, 3, -5), ('pow', 2, 2**70, 10**9 + 7),
    ('pow', 2, -1, 4), ('hex', 255), ('hex', -255), ('hex', 0), ('hex', 2**70), ('hex', 1.5),
    ('oct', 8), ('oct', -8), ('bin', 5), ('bin', -5), ('bin', True), ('chr', 65), ('chr', 233),
    ('chr', 0x1F600), ('chr', -1), ('chr', 0x110000), ('chr', 'a'), ('ord', 'a'), ('ord', 'é'),
    ('ord', 'ab'), ('ord', 1), ('ord', ''), ('ord', '\U0001f600'),
    ('sum', [1, 2, 3]), ('sum', [0.1] * 10), ('sum', [[1], [2]], []), ('sum', ['a'], ''),
    ('sum', ['a', 'b']), ('sum', ), ('sum', [], 5), ('sum', range(101)), ('sum', [2**63, 2**63]),
    ('sum', [1, 2.5, True]),
    ('min', [3, 1, 2]), ('min', 3, 1, 2), ('max', [3, 1, 2]), ('max', 'abc'), ('max', []),
    ('max', ), ('min', 1), ('max', [], None), ('max', [1, 3, 3.0]), ('min', [1, 1.0, True]),
    ('max', 1, 2, 'a'), ('max', [('a', 2), ('a', 1)]),
    ('sorted', [3, 1, 2]), ('sorted', 'cba'), ('sorted', [3, 1, 'a']), ('sorted', ),
    ('sorted', [], 1), ('sorted', [2, 1, 3]), ('sorted', [1.5, nan, 0.5, -1]),
    ('list', 'abc'), ('list', range(3)), ('list', {'a': 1, 'b': 2}), ('list', 1), ('tuple', [1, 2]),
    ('tuple', 'ab'), ('dict', [('a', 1), ('b', 2)]), ('dict', [1]), ('dict', [(1, 2, 3)]),
    ('dict', 1), ('set', [1, 2, 2, 1.0]), ('set', [[1]]), ('frozenset', [1, 2]),
    ('range', 1, 2, 0), ('range', 'a'), ('range', 1.5), ('range', ), ('range', 1, 2, 3, 4),
    ('range', 10), ('range', 1, 10, 3), ('range', 10, 1, -3),
    ('isinstance', 1, 2), ('isinstance', 1), ('hash', [1]), ('repr', ), ('iter', ),
    ('iter', 1, 2, 3), ('iter', 5), ('next', ), ('next', [1]), ('ascii', 'é\U0001f600'),
    ('callable', len), ('callable', 1), ('format', 1.5, '.2f'), ('format', 1, 2),
    ('getattr', 1, 'real'), ('getattr', 1, 'foo'), ('getattr', 1, 'foo', None),
    ('getattr', 1, 2), ('hasattr', 'a', 'upper'), ('hasattr', 'a', 'foo'),
    ('map', len), ('filter', len), ('zip', 1), ('enumerate', ), ('reversed', 5),
    ('reversed', {1}), ('open', '/nonexistent/x.txt'), ('open', '/tmp'),
    ('open', '/tmp/x', 'q'), ('open', '/tmp/x', 'rw'),
]
for name, *args in B:
    case('b:' + name, *args)
case('b:print', foo=1)
case('b:print', sep=1)
case('b:int', x=5)
case('b:sorted', [3, 1, 2], reverse=True)
case('b:sorted', [1, 2], foo=1)
case('b:min', 1, 2, key=None, foo=2)
case('b:max', [], default=5)
case('b:max', 1, 2, default=5)
case('b:int', '101', base=2)
case('b:int', '5', base=2)
case('b:round', 3.14159, ndigits=2)
case('b:enumerate', [], start=1.5)


def literal(v):
    if isinstance(v, float):
        if math.isnan(v):
            return 'nan'
        if math.isinf(v):
            return 'inf' if v > 0 else '-inf'
    if isinstance(v, type(len)):
        return 'builtin:' + v.__name__
    return repr(v)


def run(op, args, kwargs):
    if op.startswith('m:'):
        return getattr(args[0], op[2:])(*args[1:], **kwargs)
    if op.startswith('b:'):
        return getattr(builtins, op[2:])(*args, **kwargs)
    return OPS[op](*args, **kwargs)


def main():
    out = sys.stdout
    for op, args, kwargs in C:
        try:
            r = repr(run(op, args, kwargs))
        except Exception as e:
            r = '!' + type(e).__name__ + ': ' + str(e)
        fields = [op] + [literal(a) for a in args] + ['@%s=%s' % (k, literal(v)) for k, v in kwargs.items()]
        for f in fields + [r]:
            if '\t' in f or '\n' in f:
                raise SystemExit('field with tab/newline: %r' % f)
        out.write('\t'.join(fields + ['=>', r]) + '\n')


if __name__ == '__main__':
    main()
