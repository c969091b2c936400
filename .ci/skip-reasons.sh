#!/usr/bin/env bash
# Prints one line per skipped test of the TRX files under $1: "skipped: TestName: reason". A skipped test without a
# reason is itself reported, so every skip says why (Assert.Ignore("why") / [Ignore("why")]).
set -euo pipefail
python3 - "$1" <<'PY'
import pathlib, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for trx in sorted(pathlib.Path(sys.argv[1]).rglob("*.trx")):
    for result in ET.parse(trx).getroot().iterfind(".//t:UnitTestResult", ns):
        if result.get("outcome") != "NotExecuted":
            continue
        message = result.find("t:Output/t:ErrorInfo/t:Message", ns)
        reason = (message.text or "").strip() if message is not None else ""
        print(f"skipped: {result.get('testName')}: {reason or 'NO REASON GIVEN (add one to Assert.Ignore / [Ignore])'}")
PY
