#!/bin/sh
# cp-1/connect (connect): connect to debian@192.168.50.11:22, verify the host key, authenticate
set -eu
'true'
