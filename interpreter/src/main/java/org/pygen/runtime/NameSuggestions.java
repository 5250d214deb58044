package org.pygen.runtime;

import java.util.Collection;
import java.util.List;

/**
 * CPython 3.11's "Did you mean" for a NameError: the candidate closest to the missing name by a
 * Levenshtein distance in which a case change costs 1 and any other edit costs 2, within a bound
 * that grows with the lengths involved. Candidate groups are tried in order (locals, globals,
 * builtins) and the first group with a match wins, as in CPython's traceback printer.
 */
public final class NameSuggestions {
  private static final int MAX_CANDIDATE_ITEMS = 750;
  private static final int MAX_STRING_SIZE = 40;
  private static final int MOVE_COST = 2;
  private static final int CASE_COST = 1;

  private NameSuggestions() {}

  /** The suggested name, or null when no candidate is close enough. */
  public static String suggest(String name, List<? extends Collection<String>> groups) {
    for (Collection<String> group : groups) {
      String s = closest(name, group);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static String closest(String name, Collection<String> candidates) {
    if (candidates.size() > MAX_CANDIDATE_ITEMS || name.length() > MAX_STRING_SIZE) {
      return null;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates.toArray(new String[0])) {
      if (candidate.equals(name) || candidate.length() > MAX_STRING_SIZE) {
        continue;
      }
      int maxDistance = (name.length() + candidate.length() + 3) * MOVE_COST / 6;
      maxDistance = Math.min(maxDistance, bestDistance - 1);
      int d = distance(name, candidate, maxDistance);
      if (d > maxDistance) {
        continue;
      }
      if (best == null || d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int substitutionCost(char a, char b) {
    if (a == b) {
      return 0;
    }
    return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
  }

  /** The weighted edit distance, or any value above {@code maxCost} once it must exceed it. */
  static int distance(String a, String b, int maxCost) {
    int start = 0;
    int aEnd = a.length();
    int bEnd = b.length();
    while (start < aEnd && start < bEnd && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    while (aEnd > start && bEnd > start && a.charAt(aEnd - 1) == b.charAt(bEnd - 1)) {
      aEnd--;
      bEnd--;
    }
    String x = a.substring(start, aEnd);
    String y = b.substring(start, bEnd);
    if (x.isEmpty() || y.isEmpty()) {
      return (x.length() + y.length()) * MOVE_COST;
    }
    if (y.length() < x.length()) {
      String t = x;
      x = y;
      y = t;
    }
    if ((y.length() - x.length()) * MOVE_COST > maxCost) {
      return maxCost + 1;
    }
    int[] row = new int[x.length()];
    for (int i = 0; i < row.length; i++) {
      row[i] = (i + 1) * MOVE_COST;
    }
    int result = 0;
    for (int j = 0; j < y.length(); j++) {
      char cy = y.charAt(j);
      int diagonal = j * MOVE_COST;
      result = (j + 1) * MOVE_COST;
      int rowMin = result;
      for (int i = 0; i < x.length(); i++) {
        int substitute = diagonal + substitutionCost(x.charAt(i), cy);
        diagonal = row[i];
        int insertOrDelete = Math.min(result, diagonal) + MOVE_COST;
        result = Math.min(substitute, insertOrDelete);
        row[i] = result;
        rowMin = Math.min(rowMin, result);
      }
      if (rowMin > maxCost) {
        return maxCost + 1;
      }
    }
    return result;
  }
}
