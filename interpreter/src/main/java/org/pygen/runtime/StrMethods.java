package org.pygen.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The methods of {@code str}. Strings are Java strings and are indexed by UTF-16 unit, like
 * {@code len()} and subscription (characters beyond U+FFFF count as two, a documented
 * difference from CPython).
 */
final class StrMethods {
  private StrMethods() {}

  static final Map<String, BuiltinMethod> TABLE = buildTable();

  private static Map<String, BuiltinMethod> buildTable() {
    Map<String, BuiltinMethod> t = new HashMap<>();
    t.put("join", new OneArgumentMethod("str.join", StrMethods::join));
    t.put("split", (ts, self, args, kw) -> split(self, args, kw, "split", false));
    t.put("rsplit", (ts, self, args, kw) -> split(self, args, kw, "rsplit", true));
    t.put("strip", (ts, self, args, kw) -> strip(self, args, kw, "strip", true, true));
    t.put("lstrip", (ts, self, args, kw) -> strip(self, args, kw, "lstrip", true, false));
    t.put("rstrip", (ts, self, args, kw) -> strip(self, args, kw, "rstrip", false, true));
    t.put("upper", (ts, self, args, kw) -> {
      Args.none("str.upper", args, kw);
      return ((String) self).toUpperCase(Locale.ROOT);
    });
    t.put("lower", (ts, self, args, kw) -> {
      Args.none("str.lower", args, kw);
      return ((String) self).toLowerCase(Locale.ROOT);
    });
    t.put("casefold", (ts, self, args, kw) -> {
      Args.none("str.casefold", args, kw);
      return CaseMapping.casefold((String) self);
    });
    t.put("swapcase", (ts, self, args, kw) -> {
      Args.none("str.swapcase", args, kw);
      return CaseMapping.swapCase((String) self);
    });
    t.put("title", (ts, self, args, kw) -> {
      Args.none("str.title", args, kw);
      return CaseMapping.title((String) self);
    });
    t.put("capitalize", (ts, self, args, kw) -> {
      Args.none("str.capitalize", args, kw);
      return CaseMapping.capitalize((String) self);
    });
    t.put("startswith", (ts, self, args, kw) -> affix(self, args, kw, "startswith", true));
    t.put("endswith", (ts, self, args, kw) -> affix(self, args, kw, "endswith", false));
    t.put("find", (ts, self, args, kw) -> (long) find(self, args, kw, "find", false));
    t.put("rfind", (ts, self, args, kw) -> (long) find(self, args, kw, "rfind", true));
    t.put("index", (ts, self, args, kw) -> index(self, args, kw, "index", false));
    t.put("rindex", (ts, self, args, kw) -> index(self, args, kw, "rindex", true));
    t.put("count", StrMethods::count);
    t.put("replace", StrMethods::replace);
    t.put("isdigit", (ts, self, args, kw) -> test(self, args, kw, "isdigit", Chars::isDigit));
    t.put("isdecimal", (ts, self, args, kw) -> test(self, args, kw, "isdecimal", Chars::isDecimal));
    t.put("isnumeric", (ts, self, args, kw) -> test(self, args, kw, "isnumeric", Chars::isNumeric));
    t.put("isalpha", (ts, self, args, kw) -> test(self, args, kw, "isalpha", Character::isLetter));
    t.put("isalnum", (ts, self, args, kw) -> test(self, args, kw, "isalnum",
        cp -> Character.isLetter(cp) || Chars.isNumeric(cp) || Chars.isDigit(cp)));
    t.put("isspace", (ts, self, args, kw) -> test(self, args, kw, "isspace",
        cp -> cp < 0x10000 && Chars.isSpace((char) cp)));
    t.put("isascii", (ts, self, args, kw) -> {
      Args.none("str.isascii", args, kw);
      return ((String) self).chars().allMatch(c -> c < 0x80);
    });
    t.put("isprintable", (ts, self, args, kw) -> {
      Args.none("str.isprintable", args, kw);
      return ((String) self).codePoints().allMatch(Repr::isPrintable);
    });
    t.put("isupper", (ts, self, args, kw) -> {
      Args.none("str.isupper", args, kw);
      return caseTest((String) self, true);
    });
    t.put("islower", (ts, self, args, kw) -> {
      Args.none("str.islower", args, kw);
      return caseTest((String) self, false);
    });
    t.put("istitle", (ts, self, args, kw) -> {
      Args.none("str.istitle", args, kw);
      return isTitle((String) self);
    });
    t.put("isidentifier", (ts, self, args, kw) -> {
      Args.none("str.isidentifier", args, kw);
      return isIdentifier((String) self);
    });
    t.put("zfill", StrMethods::zfill);
    t.put("center", (ts, self, args, kw) -> pad(ts, self, args, kw, "center"));
    t.put("ljust", (ts, self, args, kw) -> pad(ts, self, args, kw, "ljust"));
    t.put("rjust", (ts, self, args, kw) -> pad(ts, self, args, kw, "rjust"));
    t.put("splitlines", StrMethods::splitLines);
    t.put("partition", (ts, self, args, kw) -> partition(self, args, kw, false));
    t.put("rpartition", (ts, self, args, kw) -> partition(self, args, kw, true));
    t.put("removeprefix", (ts, self, args, kw) -> {
      String p = argStr("removeprefix", Args.exactlyOne("str.removeprefix", args, kw));
      String s = (String) self;
      return s.startsWith(p) ? s.substring(p.length()) : s;
    });
    t.put("removesuffix", (ts, self, args, kw) -> {
      String p = argStr("removesuffix", Args.exactlyOne("str.removesuffix", args, kw));
      String s = (String) self;
      return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
    });
    t.put("expandtabs", StrMethods::expandTabs);
    t.put("translate", (ts, self, args, kw) ->
        translate((String) self, Args.exactlyOne("str.translate", args, kw)));
    t.put("maketrans", (ts, self, args, kw) -> makeTrans(args, kw));
    t.put("format", (ts, self, args, kw) -> StrFormat.format(ts, (String) self, args, kw));
    t.put("format_map", (ts, self, args, kw) -> StrFormat.formatMap(
        ts, (String) self, Args.exactlyOne("str.format_map", args, kw)));
    t.put("encode", (ts, self, args, kw) -> {
      Object[] a = Args.bind("encode", args, kw, 0, 2, "encoding", "errors");
      String encoding = a[0] == null ? "utf-8" : Args.str("encode", a[0], "'encoding'");
      String errors = a[1] == null ? "strict" : Args.str("encode", a[1], "'errors'");
      return Codecs.encode((String) self, encoding, errors);
    });
    t.put("__len__", (ts, self, args, kw) -> {
      Args.none("str.__len__", args, kw);
      return (long) ((String) self).length();
    });
    t.put("__contains__", (ts, self, args, kw) ->
        Ops.contains(self, Args.exactlyOne("str.__contains__", args, kw)));
    return Map.copyOf(t);
  }

  /** A str argument; otherwise TypeError "{prefix}must be str, not int" (CPython's wordings vary). */
  private static String requireStr(String prefix, Object o) {
    if (o instanceof String s) {
      return s;
    }
    throw PyException.typeError(prefix + "must be str, not " + Ops.typeName(o));
  }

  private static String argStr(String method, Object o) {
    if (o instanceof String s) {
      return s;
    }
    throw PyException.typeError(method + "() argument must be str, not " + Ops.typeName(o));
  }

  private static Object join(ThreadState ts, Object self, Object iterable) {
    Object[] items =
        Ops.toArray(
            ts,
            iterable instanceof PyList || iterable instanceof PyTuple
                ? iterable
                : joinIterator(ts, iterable));
    String sep = (String) self;
    if (ts.hasSizeLimit()) {
      long total = (long) sep.length() * Math.max(0, items.length - 1);
      for (Object item : items) {
        total += item instanceof String s ? s.length() : 0;
      }
      ts.checkSize(total);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.length; i++) {
      if (!(items[i] instanceof String s)) {
        throw PyException.typeError(
            "sequence item " + i + ": expected str instance, " + Ops.typeName(items[i])
                + " found");
      }
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s);
    }
    return sb.toString();
  }

  /** As CPython's PySequence_Fast: only a failing iter() gets the join-specific message. */
  private static PyIterator joinIterator(ThreadState ts, Object iterable) {
    try {
      return Ops.iter(ts, iterable);
    } catch (PyException e) {
      if (e.isInstance(PyExceptionType.TYPE_ERROR)) {
        throw PyException.typeError("can only join an iterable");
      }
      throw e;
    }
  }

  private static Object split(
      Object self, Object[] args, String[] kw, String name, boolean fromRight) {
    Object[] a = Args.bind(name, args, kw, 0, 2, "sep", "maxsplit");
    String s = (String) self;
    long max = a[1] == null ? -1 : MethodArgs.ssize(a[1]);
    if (max < 0) {
      max = Long.MAX_VALUE;
    }
    List<Object> out;
    if (a[0] == null || a[0] == PyNone.NONE) {
      out = fromRight ? rsplitWhitespace(s, max) : splitWhitespace(s, max);
    } else {
      if (!(a[0] instanceof String sep)) {
        throw PyException.typeError("must be str or None, not " + Ops.typeName(a[0]));
      }
      if (sep.isEmpty()) {
        throw PyException.valueError("empty separator");
      }
      out = fromRight ? rsplitOn(s, sep, max) : splitOn(s, sep, max);
    }
    return PyList.fromList(out);
  }

  static List<Object> splitWhitespace(String s, long max) {
    List<Object> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (true) {
      while (i < n && Chars.isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return out;
      }
      if (out.size() >= max) {
        out.add(s.substring(i));
        return out;
      }
      int j = i;
      while (j < n && !Chars.isSpace(s.charAt(j))) {
        j++;
      }
      out.add(s.substring(i, j));
      i = j;
    }
  }

  private static List<Object> rsplitWhitespace(String s, long max) {
    List<Object> out = new ArrayList<>();
    int j = s.length();
    while (true) {
      while (j > 0 && Chars.isSpace(s.charAt(j - 1))) {
        j--;
      }
      if (j <= 0) {
        break;
      }
      if (out.size() >= max) {
        out.add(s.substring(0, j));
        break;
      }
      int i = j;
      while (i > 0 && !Chars.isSpace(s.charAt(i - 1))) {
        i--;
      }
      out.add(s.substring(i, j));
      j = i;
    }
    java.util.Collections.reverse(out);
    return out;
  }

  static List<Object> splitOn(String s, String sep, long max) {
    List<Object> out = new ArrayList<>();
    int start = 0;
    while (out.size() < max) {
      int k = s.indexOf(sep, start);
      if (k < 0) {
        break;
      }
      out.add(s.substring(start, k));
      start = k + sep.length();
    }
    out.add(s.substring(start));
    return out;
  }

  private static List<Object> rsplitOn(String s, String sep, long max) {
    List<Object> out = new ArrayList<>();
    int end = s.length();
    while (out.size() < max) {
      int k = end - sep.length() < 0 ? -1 : s.lastIndexOf(sep, end - sep.length());
      if (k < 0) {
        break;
      }
      out.add(s.substring(k + sep.length(), end));
      end = k;
    }
    out.add(s.substring(0, end));
    java.util.Collections.reverse(out);
    return out;
  }

  private static Object strip(
      Object self, Object[] args, String[] kw, String name, boolean left, boolean right) {
    MethodArgs.clinic("str." + name, name, args, kw, 0, 1);
    String s = (String) self;
    Object chars = args.length > 0 ? args[0] : PyNone.NONE;
    if (chars != PyNone.NONE && !(chars instanceof String)) {
      throw PyException.typeError(
          name + " arg must be None or str");
    }
    String set = chars == PyNone.NONE ? null : (String) chars;
    int i = 0;
    int j = s.length();
    if (left) {
      while (i < j && stripped(s.charAt(i), set)) {
        i++;
      }
    }
    if (right) {
      while (j > i && stripped(s.charAt(j - 1), set)) {
        j--;
      }
    }
    return s.substring(i, j);
  }

  private static boolean stripped(char c, String set) {
    return set == null ? Chars.isSpace(c) : set.indexOf(c) >= 0;
  }

  private static boolean caseTest(String s, boolean upper) {
    boolean cased = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (upper ? (Character.isLowerCase(cp) || Character.isTitleCase(cp))
          : (Character.isUpperCase(cp) || Character.isTitleCase(cp))) {
        return false;
      }
      if (Chars.isCased(cp)) {
        cased = true;
      }
    }
    return cased;
  }

  private static boolean isTitle(String s) {
    boolean cased = false;
    boolean previousCased = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
        if (previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else if (Character.isLowerCase(cp)) {
        if (!previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else {
        previousCased = false;
      }
    }
    return cased;
  }

  static boolean isIdentifier(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int first = s.codePointAt(0);
    if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
      return false;
    }
    for (int i = Character.charCount(first); i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
        return false;
      }
    }
    return true;
  }

  private interface CodePointTest {
    boolean test(int cp);
  }

  private static Object test(
      Object self, Object[] args, String[] kw, String name, CodePointTest test) {
    Args.none("str." + name, args, kw);
    String s = (String) self;
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!test.test(cp)) {
        return false;
      }
    }
    return true;
  }

  /** Resolves optional start/end arguments against a length, like a slice with step 1. */
  private static int[] range(Object[] args, int from, int length) {
    long start = args.length > from ? Args.sliceIndex(args[from], 0) : 0;
    long end = args.length > from + 1 ? Args.sliceIndex(args[from + 1], length) : length;
    if (start < 0) {
      start = Math.max(0, start + length);
    }
    if (end < 0) {
      end = Math.max(0, end + length);
    }
    end = Math.min(end, length);
    return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
  }

  private static Object affix(
      Object self, Object[] args, String[] kw, String name, boolean prefix) {
    Args.noKeywords("str." + name, kw);
    if (args.length < 1 || args.length > 3) {
      throw PyException.typeError(
          name + "() takes " + (args.length < 1 ? "at least 1" : "at most 3")
              + " argument" + (args.length < 1 ? "" : "s") + " (" + args.length + " given)");
    }
    String s = (String) self;
    int[] r = range(args, 1, s.length());
    Object what = args[0];
    Object[] candidates = what instanceof PyTuple t ? t.items() : new Object[] {what};
    for (Object c : candidates) {
      if (!(c instanceof String p)) {
        if (what instanceof PyTuple) {
          throw PyException.typeError(
              "tuple for " + name + " must only contain str, not " + Ops.typeName(c));
        }
        throw PyException.typeError(
            name + " first arg must be str or a tuple of str, not " + Ops.typeName(c));
      }
      if (r[0] > s.length() || r[1] - r[0] < p.length()) {
        continue;
      }
      if (prefix ? s.startsWith(p, r[0]) : s.startsWith(p, r[1] - p.length())) {
        return true;
      }
    }
    return false;
  }

  private static int find(
      Object self, Object[] args, String[] kw, String name, boolean fromRight) {
    MethodArgs.oldStyle("str." + name, name, args, kw, 1, 3);
    String s = (String) self;
    if (!(args[0] instanceof String sub)) {
      throw PyException.typeError(
          "must be str, not " + Ops.typeName(args[0]));
    }
    int[] r = range(args, 1, s.length());
    if (r[0] > s.length() || r[1] - r[0] < sub.length()) {
      return -1;
    }
    if (fromRight) {
      int k = s.lastIndexOf(sub, r[1] - sub.length());
      return k >= r[0] ? k : -1;
    }
    int k = s.indexOf(sub, r[0]);
    return k >= 0 && k + sub.length() <= r[1] ? k : -1;
  }

  private static Object index(
      Object self, Object[] args, String[] kw, String name, boolean fromRight) {
    int k = find(self, args, kw, name, fromRight);
    if (k < 0) {
      throw PyException.valueError("substring not found");
    }
    return (long) k;
  }

  private static Object count(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.noKeywords("str.count", kw);
    if (args.length < 1 || args.length > 3) {
      throw PyException.typeError(
          "count() takes " + (args.length < 1 ? "at least 1 argument" : "at most 3 arguments")
              + " (" + args.length + " given)");
    }
    String s = (String) self;
    if (!(args[0] instanceof String sub)) {
      throw PyException.typeError("must be str, not " + Ops.typeName(args[0]));
    }
    int[] r = range(args, 1, s.length());
    if (r[0] > s.length() || r[1] < r[0]) {
      return 0L;
    }
    if (sub.isEmpty()) {
      return (long) (r[1] - r[0] + 1);
    }
    long n = 0;
    int i = r[0];
    // One character (counting lines, say) takes the JDK's vectorised character search.
    boolean oneChar = sub.length() == 1;
    char c = sub.charAt(0);
    while (true) {
      int k = oneChar ? s.indexOf(c, i) : s.indexOf(sub, i);
      if (k < 0 || k + sub.length() > r[1]) {
        return n;
      }
      n++;
      i = k + sub.length();
    }
  }

  /** How many replacements {@code replace} would make (at most {@code max} when >= 0). */
  private static long occurrences(String s, String old, long max) {
    long limit = max < 0 ? Long.MAX_VALUE : max;
    if (old.isEmpty()) {
      return Math.min(limit, s.length() + 1L);
    }
    long n = 0;
    for (int i = s.indexOf(old); i >= 0 && n < limit; i = s.indexOf(old, i + old.length())) {
      n++;
    }
    return n;
  }

  private static Object replace(ThreadState ts, Object self, Object[] args, String[] kw) {
    MethodArgs.clinic("str.replace", "replace", args, kw, 2, 3);
    String s = (String) self;
    String old = requireStr("replace() argument 1 ", args[0]);
    String rep = requireStr("replace() argument 2 ", args[1]);
    long max = args.length > 2 ? MethodArgs.ssize(args[2]) : -1;
    if (ts.hasSizeLimit() && rep.length() > old.length()) {
      ts.checkSize(s.length() + occurrences(s, old, max) * (rep.length() - old.length()));
    }
    if (max < 0) {
      return s.replace(old, rep);
    }
    StringBuilder sb = new StringBuilder();
    int i = 0;
    long done = 0;
    if (old.isEmpty()) {
      while (done < max && i <= s.length()) {
        sb.append(rep);
        done++;
        if (i < s.length()) {
          sb.append(s.charAt(i));
        }
        i++;
      }
      if (i < s.length()) {
        sb.append(s, i, s.length());
      }
      return sb.toString();
    }
    while (done < max) {
      int k = s.indexOf(old, i);
      if (k < 0) {
        break;
      }
      sb.append(s, i, k).append(rep);
      i = k + old.length();
      done++;
    }
    return sb.append(s, i, s.length()).toString();
  }

  private static Object zfill(ThreadState ts, Object self, Object[] args, String[] kw) {
    long width = MethodArgs.ssize(Args.exactlyOne("str.zfill", args, kw));
    ts.checkSize(width);
    String s = (String) self;
    if (width <= s.length()) {
      return s;
    }
    int fill = (int) (width - s.length());
    StringBuilder sb = new StringBuilder((int) width);
    int start = 0;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      sb.append(s.charAt(0));
      start = 1;
    }
    sb.append("0".repeat(fill)).append(s, start, s.length());
    return sb.toString();
  }

  private static Object pad(
      ThreadState ts, Object self, Object[] args, String[] kw, String name) {
    MethodArgs.clinic("str." + name, name, args, kw, 1, 2);
    long width = MethodArgs.ssize(args[0]);
    ts.checkSize(width);
    char fill = ' ';
    if (args.length > 1) {
      if (!(args[1] instanceof String f)) {
        throw PyException.typeError(
            "The fill character must be a unicode character, not " + Ops.typeName(args[1]));
      }
      if (f.length() != 1) {
        throw PyException.typeError("The fill character must be exactly one character long");
      }
      fill = f.charAt(0);
    }
    String s = (String) self;
    if (width <= s.length()) {
      return s;
    }
    int total = (int) (width - s.length());
    int left;
    switch (name) {
      case "ljust":
        left = 0;
        break;
      case "rjust":
        left = total;
        break;
      default:
        // CPython's rounding: odd padding goes right unless the width is odd too.
        left = total / 2 + (total & (int) width & 1);
        break;
    }
    String f = String.valueOf(fill);
    return f.repeat(left) + s + f.repeat(total - left);
  }

  private static Object splitLines(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = Args.bind("splitlines", args, kw, 0, 1, "keepends");
    boolean keep = Args.index(a[0], 0) != 0; // an int flag in CPython, not any truthy value
    String s = (String) self;
    List<Object> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      int j = i;
      while (j < n && !Chars.isLineBreak(s.charAt(j))) {
        j++;
      }
      int eol = j;
      if (j < n) {
        j += (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') ? 2 : 1;
      }
      out.add(s.substring(i, keep ? j : eol));
      i = j;
    }
    return PyList.fromList(out);
  }

  private static Object partition(Object self, Object[] args, String[] kw, boolean fromRight) {
    String sep = requireStr("",
        Args.exactlyOne(fromRight ? "str.rpartition" : "str.partition", args, kw));
    if (sep.isEmpty()) {
      throw PyException.valueError("empty separator");
    }
    String s = (String) self;
    int k = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (k < 0) {
      return fromRight ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
    }
    return PyTuple.of(s.substring(0, k), sep, s.substring(k + sep.length()));
  }

  /** {@code str.maketrans(x[, y[, z]])}: a dict from code points to replacements. */
  static Object makeTrans(Object[] args, String[] kw) {
    Args.count("maketrans", args, kw, 1, 3);
    PyDict table = new PyDict();
    if (args.length == 1) {
      if (!(args[0] instanceof PyDict d)) {
        throw PyException.typeError(
            "if you give only one argument to maketrans it must be a dict");
      }
      Object[] keys = d.keysArray();
      Object[] values = d.valuesArray();
      for (int i = 0; i < keys.length; i++) {
        Object k = keys[i];
        if (k instanceof String s) {
          if (s.length() != 1) {
            throw PyException.valueError("string keys in translate table must be of length 1");
          }
          k = (long) s.charAt(0);
        } else if (!Numbers.isInt(k)) {
          throw PyException.typeError("keys in translate table must be strings or integers");
        }
        table.put(k, values[i]);
      }
      return table;
    }
    String from = requireStr("maketrans() argument 1 ", args[0]);
    String to = requireStr("maketrans() argument 2 ", args[1]);
    if (from.length() != to.length()) {
      throw PyException.valueError("the first two maketrans arguments must have equal length");
    }
    for (int i = 0; i < from.length(); i++) {
      table.put((long) from.charAt(i), (long) to.charAt(i));
    }
    if (args.length == 3) {
      String deleted = requireStr("maketrans() argument 3 ", args[2]);
      for (int i = 0; i < deleted.length(); i++) {
        table.put((long) deleted.charAt(i), PyNone.NONE);
      }
    }
    return table;
  }

  /** {@code s.translate(table)}: each character looked up in the table by code point. */
  private static String translate(String s, Object table) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      Object v;
      try {
        v = Ops.getItem(table, (long) c);
      } catch (PyException e) {
        if (e.isInstance(PyExceptionType.LOOKUP_ERROR)) {
          sb.append(c);
          continue;
        }
        throw e;
      }
      if (v == PyNone.NONE) {
        continue;
      }
      if (v instanceof String r) {
        sb.append(r);
      } else if (Numbers.isInt(v)) {
        long cp = Numbers.toLongIndex(v);
        if (cp < 0 || cp > 0x10FFFF) {
          throw PyException.valueError("character mapping must be in range(0x110000)");
        }
        sb.appendCodePoint((int) cp);
      } else {
        throw PyException.typeError("character mapping must return integer, None or str");
      }
    }
    return sb.toString();
  }

  private static Object expandTabs(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = Args.bind("expandtabs", args, kw, 0, 1, "tabsize");
    long size = a[0] == null ? 8 : Args.index(a[0], 8);
    String s = (String) self;
    StringBuilder sb = new StringBuilder();
    int column = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        if (size > 0) {
          int spaces = (int) (size - column % size);
          sb.append(" ".repeat(spaces));
          column += spaces;
        }
      } else {
        sb.append(c);
        column = (c == '\n' || c == '\r') ? 0 : column + 1;
      }
    }
    return sb.toString();
  }
}
