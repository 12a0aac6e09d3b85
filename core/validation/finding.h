// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/enums.h"
#include "model/sourcemap.h"

#include <QList>
#include <QString>

#include <optional>

namespace Clusterwright {

enum class Severity { Info, Warning, Error };
QString toString(Severity severity); // "info", "warning", "error"
std::optional<Severity> severityFromString(const QString &text);

// A named object a finding is about, so the canvas can highlight it and the
// problems list can select it.
struct ObjectRef
{
    ObjectKind kind = ObjectKind::Node;
    QString name;
    int index = -1; // position in its list at validation time
    bool operator==(const ObjectRef &) const = default;
};

// One field change that repairs a finding, by source-map path
// ("nodes[2].interfaces[0].address") and new text value.
struct FieldEdit
{
    QString path;
    QString value;
    bool operator==(const FieldEdit &) const = default;
};

struct Finding
{
    QString ruleId; // stable, e.g. "NET003"
    Severity severity = Severity::Error;
    QString message;          // plain words a homelab user understands
    QList<ObjectRef> objects; // the first one is the primary object
    QString path;             // the field at fault, for the file location
    SourceLocation location;  // filled from the SourceMap when there is one
    QString suggestion;       // "use 192.168.1.0/24"; empty when none
    QList<FieldEdit> fix;     // machine-applicable form of the suggestion; may be empty
};

} // namespace Clusterwright
