#!/bin/sh
# wk-2/connect (connect): connect to debian@192.168.50.22:22, verify the host key, authenticate
set -eu
'true'
