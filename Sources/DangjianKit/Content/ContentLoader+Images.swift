import Foundation

extension ContentLoader {
    /// The local images a Markdown body embeds, checked, sized and given their place in the site
    /// (`<folder>/images/1.png`, numbered in order of first use).
    ///
    /// The site promises no request to another host, so an image with a scheme (`http:`, `https:`,
    /// `//host`, `file:`) is an error at its line; only `data:` images of the kinds browsers show
    /// inline need no file. A local image must be a PNG or JPEG file inside the content folder.
    func embeddedImages(
        in document: Document, publishedUnder folder: String, log: inout DiagnosticLog
    ) -> [EmbeddedImage] {
        let file = displayPath(document.url)
        var images: [EmbeddedImage] = []
        var published: [String: EmbeddedImage] = [:]
        guard let references = MarkdownRenderer().images(in: document.body) else {
            log.error("Markdown 解析失败（cmark-gfm 无法分配内存）", at: SourceLocation(file: file))
            return []
        }
        for reference in references {
            let location = SourceLocation(
                file: file, line: reference.line + document.bodyLineOffset, column: reference.column)
            let url = reference.url
            if published[url] != nil { continue }
            if url.wholeMatch(of: /data:image\/(png|jpeg|gif|webp);.*/.ignoresCase()) != nil { continue }
            if url.isEmpty {
                log.error("图片没有文件路径：应写作 ![说明](images/照片.jpg)", at: location)
                continue
            }
            if url.hasPrefix("//") || url.prefixMatch(of: /[A-Za-z][A-Za-z0-9+.\-]*:/) != nil {
                log.error(
                    "图片“\(url)”不是本地文件：网站不从其他网站加载任何内容（内网或 U 盘打开时也显示不出来）；请把图片保存到内容目录中（如 reports/images/），再用相对路径引用",
                    at: location)
                continue
            }
            let path = (url.removingPercentEncoding ?? url).split(separator: "#")[0].split(separator: "?")[0]
            guard !path.hasPrefix("/") else {
                log.error("图片“\(url)”用了绝对路径：请用相对于本文件的路径（如 images/照片.jpg）", at: location)
                continue
            }
            let source = document.url.deletingLastPathComponent().appendingPathComponent(String(path))
                .standardizedFileURL
            guard FilePaths.isInside(source, contentDirectory) else {
                log.error("图片“\(url)”在内容目录之外：网站只能包含内容目录中的文件", at: location)
                continue
            }
            guard FilePaths.kind(of: source.resolvingSymlinksInPath()) == .file else {
                log.error("图片“\(url)”不存在（查找位置：\(displayPath(source))）", at: location)
                continue
            }
            guard let data = try? Data(contentsOf: source) else {
                log.error("图片“\(url)”无法读取", at: location)
                continue
            }
            guard let size = ImageSize(data: data) else {
                log.error("图片“\(url)”不是可识别的 PNG 或 JPEG 图片", at: location)
                continue
            }
            let kind = data.starts(with: [0x89, 0x50]) ? "png" : "jpg"
            let image = EmbeddedImage(
                reference: url, source: source, outputPath: "\(folder)/images/\(images.count + 1).\(kind)", size: size)
            published[url] = image
            images.append(image)
        }
        return images
    }
}
