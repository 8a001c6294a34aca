import Foundation

/// Refuses an output folder that would swallow the build's own input.
///
/// Publishing replaces the output folder as a whole, so an output that equals, contains or lies
/// inside the content or templates folder would delete them (content moved into `site/` and built
/// into `site/`), or copy the previous site into the next one through `static/` on every build.
/// Paths are compared after resolving symbolic links, so a link cannot hide the overlap.
public enum OutputPlacement {
    /// Throws when `output` and one of the input folders overlap.
    public static func check(output: URL, inputs: [(folder: URL, role: String)]) throws(BuildFailure) {
        let outputPath = FilePaths.canonicalComponents(output)
        var problems: [Diagnostic] = []
        for input in inputs {
            let inputPath = FilePaths.canonicalComponents(input.folder)
            let shown = input.folder.standardizedFileURL.path
            let message: String
            if outputPath == inputPath {
                message = "输出目录就是\(input.role)（\(shown)）：发布时会替换整个输出目录，会删除\(input.role)；请换一个输出目录"
            } else if inputPath.starts(with: outputPath) {
                message = "\(input.role)（\(shown)）在输出目录之中：发布时会替换整个输出目录，会删除\(input.role)；请把输出目录放到别处"
            } else if outputPath.starts(with: inputPath) {
                message = "输出目录在\(input.role)（\(shown)）之中：每次构建都会把上一次的网站当作输入再复制一遍；请把输出目录放到\(input.role)之外"
            } else {
                continue
            }
            problems.append(.error(message, at: SourceLocation(file: output.standardizedFileURL.path)))
        }
        if !problems.isEmpty { throw BuildFailure(diagnostics: problems) }
    }
}
