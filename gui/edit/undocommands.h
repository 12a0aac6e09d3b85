// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

namespace Clusterwright {

// QUndoCommand::id() values. Commands with an id merge with the previous command of the same
// id when mergeWith() agrees; every mergeable command kind is listed here, nowhere else.
enum class UndoCommandId : int {
    NoMerge = -1,
    MoveNodes = 1, // one drag or one run of arrow-key moves
    EditObject,    // typing or spinning in one field of one object
    EditCluster,   // typing in one cluster-wide field
};

constexpr int undoId(UndoCommandId id)
{
    return int(id);
}

} // namespace Clusterwright
