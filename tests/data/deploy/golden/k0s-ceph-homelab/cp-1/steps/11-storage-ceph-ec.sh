#!/bin/sh
# cp-1/storage-ceph-ec (addons): ceph storage ceph-ec
# after: cp-1/init
set -eu
echo 'clusterwright: not supported yet: ceph storage ceph-ec: Ceph (Rook) needs raw disks the design does not describe; set it up by hand' >&2; exit 1
