"""Prints CPython's AST of a file in the text form of pygen's AstDump (test helper).

Usage: python3 cpython_ast_dump.py FILE
Maps CPython's node classes onto pygen's AST records (Expr.java, Stmt.java): same names, same
component order, parameter defaults attached to their parameters, comprehensions as one kind.
"""
import ast
import json
import struct
import sys

BINOPS = {ast.Add: "ADD", ast.Sub: "SUB", ast.Mult: "MUL", ast.MatMult: "MATMUL",
          ast.Div: "TRUEDIV", ast.FloorDiv: "FLOORDIV", ast.Mod: "MOD", ast.Pow: "POW",
          ast.LShift: "LSHIFT", ast.RShift: "RSHIFT", ast.BitOr: "BITOR",
          ast.BitXor: "BITXOR", ast.BitAnd: "BITAND"}
UNARYOPS = {ast.USub: "NEG", ast.UAdd: "POS", ast.Invert: "INVERT", ast.Not: "NOT"}
CMPOPS = {ast.Eq: "EQ", ast.NotEq: "NE", ast.Lt: "LT", ast.LtE: "LE", ast.Gt: "GT",
          ast.GtE: "GE", ast.In: "IN", ast.NotIn: "NOT_IN", ast.Is: "IS", ast.IsNot: "IS_NOT"}
COMPS = {ast.ListComp: "LIST", ast.SetComp: "SET", ast.DictComp: "DICT",
         ast.GeneratorExp: "GENERATOR"}


def rec(name, node, *fields):
    pos = "" if node is None else "@%d:%d" % (node.lineno, node.col_offset)
    return "%s%s(%s)" % (name, pos, ", ".join(fields))


def lst(items):
    return "[" + ", ".join(items) + "]"


def opt(node):
    return "null" if node is None else d(node)


def const(v):
    if v is None:
        return "None"
    if v is Ellipsis:
        return "Ellipsis"
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "float:%d" % struct.unpack("<q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return json.dumps(v)
    raise ValueError("unsupported constant %r" % (v,))


def params(a):
    positional = a.posonlyargs + a.args
    defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    def param(arg, default):
        return rec("Param", arg, json.dumps(arg.arg), opt(default))
    pos_only = [param(p, defaults[i]) for i, p in enumerate(a.posonlyargs)]
    args = [param(p, defaults[len(a.posonlyargs) + i]) for i, p in enumerate(a.args)]
    kw_only = [param(p, a.kw_defaults[i]) for i, p in enumerate(a.kwonlyargs)]
    return "Params(%s, %s, %s, %s, %s)" % (
        lst(pos_only), lst(args),
        "null" if a.vararg is None else param(a.vararg, None),
        lst(kw_only),
        "null" if a.kwarg is None else param(a.kwarg, None))


def body(stmts):
    return lst([d(s) for s in stmts])


def d(n):
    t = type(n)
    if t is ast.Expr:
        return rec("ExprStmt", n, d(n.value))
    if t is ast.Assign:
        return rec("Assign", n, lst([d(x) for x in n.targets]), d(n.value))
    if t is ast.AugAssign:
        return rec("AugAssign", n, d(n.target), BINOPS[type(n.op)], d(n.value))
    if t is ast.AnnAssign:
        return rec("AnnAssign", n, d(n.target), d(n.annotation), opt(n.value))
    if t in (ast.Pass, ast.Break, ast.Continue):
        return rec(t.__name__, n)
    if t is ast.Return:
        return rec("Return", n, opt(n.value))
    if t is ast.Delete:
        return rec("Delete", n, lst([d(x) for x in n.targets]))
    if t in (ast.If, ast.While):
        return rec(t.__name__, n, d(n.test), body(n.body), body(n.orelse))
    if t is ast.For:
        return rec("For", n, d(n.target), d(n.iter), body(n.body), body(n.orelse))
    if t is ast.FunctionDef:
        return rec("FunctionDef", n, json.dumps(n.name), params(n.args), body(n.body),
                   lst([d(x) for x in n.decorator_list]))
    if t is ast.ClassDef:
        return rec("ClassDef", n, json.dumps(n.name), lst([d(x) for x in n.bases]),
                   lst([d(x) for x in n.keywords]), body(n.body),
                   lst([d(x) for x in n.decorator_list]))
    if t is ast.With:
        return rec("With", n, lst([rec("WithItem", None, d(i.context_expr), opt(i.optional_vars))
                                   for i in n.items]), body(n.body))
    if t is ast.Try:
        return rec("Try", n, body(n.body),
                   lst([rec("ExceptHandler", h, opt(h.type),
                            "null" if h.name is None else json.dumps(h.name), body(h.body))
                        for h in n.handlers]),
                   body(n.orelse), body(n.finalbody))
    if t is ast.Raise:
        return rec("Raise", n, opt(n.exc), opt(n.cause))
    if t is ast.Assert:
        return rec("Assert", n, d(n.test), opt(n.msg))
    if t is ast.Import:
        return rec("Import", n, lst([d(a) for a in n.names]))
    if t is ast.ImportFrom:
        return rec("ImportFrom", n, json.dumps("." * n.level + (n.module or "")),
                   lst([d(a) for a in n.names]))
    if t is ast.alias:
        return rec("Alias", n, json.dumps(n.name),
                   "null" if n.asname is None else json.dumps(n.asname))
    if t in (ast.Global, ast.Nonlocal):
        return rec(t.__name__, n, lst([json.dumps(x) for x in n.names]))
    if t is ast.Name:
        return rec("Name", n, json.dumps(n.id))
    if t is ast.Constant:
        return rec("Constant", n, const(n.value))
    if t is ast.JoinedStr:
        return rec("JoinedStr", n, lst([d(x) for x in n.values]))
    if t is ast.FormattedValue:
        return rec("FormattedValue", n, d(n.value), str(n.conversion), opt(n.format_spec))
    if t is ast.BinOp:
        return rec("BinOp", n, d(n.left), BINOPS[type(n.op)], d(n.right))
    if t is ast.UnaryOp:
        return rec("UnaryOp", n, UNARYOPS[type(n.op)], d(n.operand))
    if t is ast.BoolOp:
        return rec("BoolOp", n, "True" if type(n.op) is ast.And else "False",
                   lst([d(x) for x in n.values]))
    if t is ast.Compare:
        return rec("Compare", n, d(n.left), lst([CMPOPS[type(o)] for o in n.ops]),
                   lst([d(x) for x in n.comparators]))
    if t is ast.Call:
        return rec("Call", n, d(n.func), lst([d(x) for x in n.args]),
                   lst([d(x) for x in n.keywords]))
    if t is ast.keyword:
        return rec("Keyword", n, "null" if n.arg is None else json.dumps(n.arg), d(n.value))
    if t is ast.Attribute:
        return rec("Attribute", n, d(n.value), json.dumps(n.attr))
    if t is ast.Subscript:
        return rec("Subscript", n, d(n.value), d(n.slice))
    if t is ast.Slice:
        return rec("Slice", n, opt(n.lower), opt(n.upper), opt(n.step))
    if t is ast.List:
        return rec("ListExpr", n, lst([d(x) for x in n.elts]))
    if t is ast.Tuple:
        return rec("TupleExpr", n, lst([d(x) for x in n.elts]))
    if t is ast.Set:
        return rec("SetExpr", n, lst([d(x) for x in n.elts]))
    if t is ast.Dict:
        return rec("DictExpr", n, lst([opt(x) for x in n.keys]), lst([d(x) for x in n.values]))
    if t is ast.IfExp:
        return rec("IfExp", n, d(n.test), d(n.body), d(n.orelse))
    if t is ast.Lambda:
        return rec("Lambda", n, params(n.args), d(n.body))
    if t in (ast.Yield, ast.YieldFrom):
        return rec(t.__name__, n, opt(n.value))
    if t is ast.Starred:
        return rec("Starred", n, d(n.value))
    if t is ast.NamedExpr:
        return rec("NamedExpr", n, d(n.target), d(n.value))
    if t in COMPS:
        elt, value = (n.key, d(n.value)) if t is ast.DictComp else (n.elt, "null")
        gens = [rec("ComprehensionFor", None, d(g.target), d(g.iter), lst([d(x) for x in g.ifs]))
                for g in n.generators]
        return rec("Comprehension", n, COMPS[t], d(elt), value, lst(gens))
    raise ValueError("unsupported node " + t.__name__)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for s in tree.body:
        print(d(s))


if __name__ == "__main__":
    main()
