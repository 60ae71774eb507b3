// Every stage reports through the one `Diagnostic` type: whoever reads the bank sees it too.
@_exported import Diagnostics
