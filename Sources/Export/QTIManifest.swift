/// `imsmanifest.xml` of the QTI package (IMS Content Packaging 1.1): the test, each item with
/// the figures it shows, and each figure, every file listed by its path in the zip.
struct QTIManifest {
    var name: String
    var title: String
    var items: [QTIItem]
    var itemFigures: [String: [PackageFile]]
    var figures: [PackageFile]

    func xml() -> String {
        let items = self.items.sorted { $0.path < $1.path }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd" \
            identifier="\(XMLText.identifier("manifest-" + name))">
              <metadata>
                <schema>QTIv2.1 Package</schema>
                <schemaversion>1.0.0</schemaversion>
              </metadata>
              <organizations/>
              <resources>
                <resource identifier="\(XMLText.identifier("test-" + name))" type="imsqti_test_xmlv2p1" href="test.xml">
                  <file href="test.xml"/>

            """
        for item in items { xml += "      <dependency identifierref=\"\(item.identifier)\"/>\n" }
        xml += "    </resource>\n"
        for item in items {
            xml += "    <resource identifier=\"\(item.identifier)\" type=\"imsqti_item_xmlv2p1\" href=\"\(item.path)\">\n"
            xml += "      <file href=\"\(item.path)\"/>\n"
            for figure in itemFigures[item.identifier] ?? [] {
                xml += "      <dependency identifierref=\"\(XMLText.identifier(figure.name))\"/>\n"
            }
            xml += "    </resource>\n"
        }
        for figure in figures {
            let path = QTIPackage.figureFolder + figure.name
            xml += "    <resource identifier=\"\(XMLText.identifier(figure.name))\" type=\"webcontent\" href=\"\(path)\">\n"
                + "      <file href=\"\(path)\"/>\n    </resource>\n"
        }
        return xml + "  </resources>\n</manifest>\n"
    }
}
