#pragma once

#include <QString>
#include <QStringList>

namespace venvdeck {

// One installed distribution, read from a *.dist-info or *.egg-info folder (or egg-info file).
struct Distribution
{
    QString name;           // as the METADATA "Name" header spells it (what pip list prints)
    QString version;        // as the METADATA "Version" header spells it
    QString summary;
    QString requiresPython;
    QStringList requiresDist; // raw Requires-Dist values, markers included
    QString installer;        // INSTALLER file content ("pip", "uv", ...), empty when absent
    bool requested = false;   // REQUESTED file present: installed on request, not as a dependency
    QString directUrl;        // url from direct_url.json (URL or editable installs), empty when absent
    bool editable = false;    // direct_url.json says dir_info.editable, or an .egg-link points here
    QString metadataPath;     // the *.dist-info / *.egg-info path the data came from

    bool operator==(const Distribution &) const = default;
};

} // namespace venvdeck
