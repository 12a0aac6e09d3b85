#!/bin/sh
# wk-3/connect (connect): connect to root@192.168.10.23:22, verify the host key, authenticate
set -eu
'true'
