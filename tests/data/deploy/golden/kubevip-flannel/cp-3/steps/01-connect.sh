#!/bin/sh
# cp-3/connect (connect): connect to debian@192.168.50.13:22, verify the host key, authenticate
set -eu
'true'
