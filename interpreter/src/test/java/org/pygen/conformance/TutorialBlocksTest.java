package org.pygen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pygen.conformance.TutorialBlocks.CodeBlock;

/** The block-finding rules that the seed conformance test and scripts/regen-expected share. */
final class TutorialBlocksTest {
  private static final String DOCUMENT =
      "Intro text.\n"
          + "```python \n"
          + "def f():\n"
          + "    yield 1\n"
          + "```\n"
          + "Between.\n"
          + "```java\n"
          + "int x = 1;\n"
          + "```\n"
          + "```python3\n"
          + "print(1)\n"
          + "\n"
          + "```\n"
          + "```python\n"
          + "```\n"
          + "``` python\n"
          + "not a python fence: a space before the info string\n"
          + "```\n";

  @Test
  void findsPythonAndPython3FencesWithTrailingBlanksAndKeepsTextVerbatim() {
    List<CodeBlock> blocks = TutorialBlocks.extract("doc.txt", DOCUMENT);
    assertEquals(3, blocks.size());
    assertEquals("def f():\n    yield 1\n", blocks.get(0).text());
    assertEquals("print(1)\n\n", blocks.get(1).text());
    assertEquals("", blocks.get(2).text());
  }

  @Test
  void idIsDocumentStemIndexAndHashOfTheText() {
    CodeBlock block = TutorialBlocks.extract("doc.txt", DOCUMENT).get(1);
    // From python3: hashlib.sha256(b"print(1)\n\n").hexdigest()[:12]
    assertEquals("doc-01-" + block.hash(), block.id());
    assertEquals(12, block.hash().length());
    assertEquals("05f18c35d515", block.hash());
  }

  @Test
  void definesOnlyWhenEveryTopLevelStatementIsADef() {
    assertTrue(block("def f():\n    return 1\n\n# note\ndef g(x):\n    pass\n").definesOnly());
    assertFalse(block("def f():\n    return 1\n\nprint(f())\n").definesOnly());
    assertFalse(block("from threading import Thread\n").definesOnly());
    assertFalse(block("\n").definesOnly());
  }

  @Test
  void threadBlocksAreRecognised() {
    assertTrue(block("from threading import Thread\nThread(target=f).start()\n").usesThreads());
    assertFalse(block("print('thread')\n").usesThreads());
  }

  @Test
  void unclosedBlockIsAnError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TutorialBlocks.extract("doc.txt", "```python\nprint(1)\n"));
  }

  private static CodeBlock block(String text) {
    return new CodeBlock("doc.txt", 0, text);
  }
}
