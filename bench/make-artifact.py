#!/usr/bin/env python3
"""Writes a valid plugin jar of about SIZE_MB megabytes: atlassian-plugin.xml plus incompressible filler, stored."""
import os, sys, zipfile

path, size_mb = sys.argv[1], int(sys.argv[2])
version = sys.argv[3] if len(sys.argv) > 3 else "1.4.0"
os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as jar:
    jar.writestr("atlassian-plugin.xml",
                 f'<atlassian-plugin key="com.example.timesheets" name="Timesheets" plugins-version="2">'
                 f'<plugin-info><version>{version}</version><vendor name="Example"/></plugin-info></atlassian-plugin>')
    with jar.open("filler.bin", "w", force_zip64=True) as filler:
        chunk = 4 * 1024 * 1024
        for _ in range(size_mb // 4):
            filler.write(os.urandom(chunk))
