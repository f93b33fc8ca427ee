import Foundation
import OutputFiles

/// What `build` and `report` both do first in their output folder, before reading any input: put back the
/// previous outputs of a run killed between its renames, and remove the temporary files, backups, journal and
/// run record that killed runs of either command left there.
///
/// The two share it because they share folders (a report beside a build's outputs): a `report` that knew only
/// its own names removed a killed `build`'s run record and journal but left its temporary files and backups,
/// which no later run would then remove.
enum OutputRecovery {
    /// Recovers the folder `fileSystem` names for every output a storygraph command may have written there:
    /// `build`'s outputs, the record `.storygraph-outputs` and the names it lists (a Markdown report and its
    /// diagrams), and `names`.
    /// - Parameter names: The outputs of the command about to run (a report of a name not recorded yet).
    /// - Throws: `OutputFileError` when the previous set cannot be put back, or the record is not one storygraph
    ///   wrote (see `OutputManifest.read(in:)`).
    static func recover(_ fileSystem: OutputFileSystem, also names: [String] = []) throws {
        let recorded = try OutputManifest.read(in: fileSystem)?.names ?? []
        let known = BuildOutputs.allNames + [OutputManifest.fileName] + recorded + names
        try OutputSet(fileSystem: fileSystem, knownNames: known).recover()
    }
}
