/// What a symbol command stands for.
enum SymbolEntry: Sendable {
    /// A letter-like symbol, `<mi>`; `upright` when TeX sets it upright (capital Greek, `\infty`…).
    case identifier(String, upright: Bool)
    case symbol(String, AtomClass)
    case largeOperator(String, LimitsPlacement)
    /// `\log`, `\lim`: an upright name; `limits` when scripts go under/over in display style.
    case function(String, limits: Bool)
}

/// TeX symbol commands and plain characters, by name.
enum SymbolTable {
    static func entry(_ name: String) -> SymbolEntry? { table[name] }

    private static let table: [String: SymbolEntry] = {
        var t: [String: SymbolEntry] = [:]
        for (name, c) in greekLower { t[name] = .identifier(c, upright: false) }
        for (name, c) in greekUpper { t[name] = .identifier(c, upright: true) }
        for (name, c) in letterLike { t[name] = .identifier(c, upright: false) }
        for (name, c) in uprightOrdinary { t[name] = .identifier(c, upright: true) }
        for (name, c) in binaries { t[name] = .symbol(c, .binary) }
        for (name, c) in relations { t[name] = .symbol(c, .relation) }
        for (name, c) in arrows { t[name] = .symbol(c, .relation) }
        for (name, c) in openings { t[name] = .symbol(c, .opening) }
        for (name, c) in closings { t[name] = .symbol(c, .closing) }
        for (name, c) in ordinaryOperators { t[name] = .symbol(c, .ordinary) }
        for (name, c) in punctuation { t[name] = .symbol(c, .punctuation) }
        for (name, c) in bigOperators { t[name] = .largeOperator(c, .displayOnly) }
        for (name, c) in integrals { t[name] = .largeOperator(c, .never) }
        for name in functions { t[name] = .function(name, limits: false) }
        for name in functionsWithLimits { t[name] = .function(name, limits: true) }
        for (name, text) in namedFunctions { t[name] = .function(text, limits: true) }
        return t
    }()

    static let greekLower: [(String, String)] = [
        ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"),
        ("varepsilon", "ε"), ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"),
        ("iota", "ι"), ("kappa", "κ"), ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"), ("nu", "ν"),
        ("xi", "ξ"), ("omicron", "ο"), ("pi", "π"), ("varpi", "ϖ"), ("rho", "ρ"), ("varrho", "ϱ"),
        ("sigma", "σ"), ("varsigma", "ς"), ("tau", "τ"), ("upsilon", "υ"), ("phi", "ϕ"),
        ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"), ("digamma", "ϝ"),
    ]
    static let greekUpper: [(String, String)] = [
        ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"), ("Pi", "Π"),
        ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
        ("varGamma", "𝛤"), ("varDelta", "𝛥"), ("varTheta", "𝛩"), ("varLambda", "𝛬"), ("varXi", "𝛯"),
        ("varPi", "𝛱"), ("varSigma", "𝛴"), ("varUpsilon", "𝛶"), ("varPhi", "𝛷"), ("varPsi", "𝛹"),
        ("varOmega", "𝛺"),
    ]
    static let letterLike: [(String, String)] = [
        ("ell", "ℓ"), ("imath", "ı"), ("jmath", "ȷ"), ("partial", "∂"), ("wp", "℘"),
    ]
    static let uprightOrdinary: [(String, String)] = [
        ("infty", "∞"), ("nabla", "∇"), ("hbar", "ℏ"), ("hslash", "ℏ"), ("aleph", "ℵ"), ("beth", "ℶ"),
        ("Re", "ℜ"), ("Im", "ℑ"), ("emptyset", "∅"), ("varnothing", "∅"), ("top", "⊤"), ("bot", "⊥"),
        ("forall", "∀"), ("exists", "∃"), ("nexists", "∄"), ("neg", "¬"), ("lnot", "¬"), ("angle", "∠"),
        ("triangle", "△"), ("prime", "′"), ("backprime", "‵"), ("Box", "□"), ("square", "□"),
        ("Diamond", "◇"), ("checkmark", "✓"), ("flat", "♭"), ("natural", "♮"), ("sharp", "♯"),
        ("clubsuit", "♣"), ("diamondsuit", "♢"), ("heartsuit", "♡"), ("spadesuit", "♠"), ("surd", "√"),
        ("degree", "°"), ("complement", "∁"), ("blacksquare", "■"), ("Finv", "Ⅎ"), ("mho", "℧"),
        ("P", "¶"), ("S", "§"), ("dag", "†"), ("ddag", "‡"), ("copyright", "©"), ("pounds", "£"),
        ("$", "$"), ("%", "%"), ("#", "#"), ("&", "&"), ("_", "_"),
    ]
    static let binaries: [(String, String)] = [
        ("pm", "±"), ("mp", "∓"), ("times", "×"), ("div", "÷"), ("cdot", "⋅"), ("ast", "∗"),
        ("star", "⋆"), ("circ", "∘"), ("bullet", "∙"), ("oplus", "⊕"), ("ominus", "⊖"),
        ("otimes", "⊗"), ("oslash", "⊘"), ("odot", "⊙"), ("circledast", "⊛"), ("circledcirc", "⊚"),
        ("boxplus", "⊞"), ("boxminus", "⊟"), ("boxtimes", "⊠"), ("boxdot", "⊡"),
        ("cap", "∩"), ("cup", "∪"), ("sqcap", "⊓"), ("sqcup", "⊔"), ("wedge", "∧"), ("land", "∧"),
        ("vee", "∨"), ("lor", "∨"), ("setminus", "∖"), ("smallsetminus", "∖"), ("wr", "≀"),
        ("diamond", "⋄"), ("bigtriangleup", "△"), ("bigtriangledown", "▽"), ("triangleleft", "◃"),
        ("triangleright", "▹"), ("uplus", "⊎"), ("dagger", "†"), ("ddagger", "‡"), ("amalg", "⨿"),
        ("intercal", "⊺"), ("ltimes", "⋉"), ("rtimes", "⋊"), ("dotplus", "∔"), ("centerdot", "⋅"),
        ("cdotp", "⋅"), ("bigcirc", "◯"), ("divideontimes", "⋇"), ("curlywedge", "⋏"), ("curlyvee", "⋎"),
    ]
    static let relations: [(String, String)] = [
        ("ne", "≠"), ("neq", "≠"), ("le", "≤"), ("leq", "≤"), ("ge", "≥"), ("geq", "≥"),
        ("leqq", "≦"), ("geqq", "≧"), ("leqslant", "⩽"), ("geqslant", "⩾"), ("ll", "≪"), ("gg", "≫"),
        ("lll", "⋘"), ("ggg", "⋙"), ("prec", "≺"), ("succ", "≻"), ("preceq", "⪯"), ("succeq", "⪰"),
        ("preccurlyeq", "≼"), ("succcurlyeq", "≽"), ("sim", "∼"), ("simeq", "≃"), ("approx", "≈"),
        ("approxeq", "≊"), ("cong", "≅"), ("equiv", "≡"), ("asymp", "≍"), ("propto", "∝"),
        ("varpropto", "∝"), ("subset", "⊂"), ("supset", "⊃"), ("subseteq", "⊆"), ("supseteq", "⊇"),
        ("subsetneq", "⊊"), ("supsetneq", "⊋"), ("sqsubset", "⊏"), ("sqsupset", "⊐"),
        ("sqsubseteq", "⊑"), ("sqsupseteq", "⊒"), ("in", "∈"), ("ni", "∋"), ("owns", "∋"),
        ("notin", "∉"), ("vdash", "⊢"), ("dashv", "⊣"), ("models", "⊨"), ("vDash", "⊨"),
        ("mid", "∣"), ("nmid", "∤"), ("parallel", "∥"), ("nparallel", "∦"), ("perp", "⊥"),
        ("smile", "⌣"), ("frown", "⌢"), ("doteq", "≐"), ("triangleq", "≜"), ("bowtie", "⋈"),
        ("lesssim", "≲"), ("gtrsim", "≳"), ("lessapprox", "⪅"), ("gtrapprox", "⪆"), ("nless", "≮"),
        ("ngtr", "≯"), ("nleq", "≰"), ("ngeq", "≱"), ("nsubseteq", "⊈"), ("nsupseteq", "⊉"),
        ("nsim", "≁"), ("ncong", "≇"), ("coloneqq", "≔"), ("eqqcolon", "≕"), ("thicksim", "∼"),
        ("thickapprox", "≈"), ("backsim", "∽"), ("eqsim", "≂"), ("therefore", "∴"), ("because", "∵"),
        ("lhd", "⊲"), ("rhd", "⊳"), ("unlhd", "⊴"), ("unrhd", "⊵"), ("vartriangleleft", "⊲"),
        ("vartriangleright", "⊳"), ("trianglelefteq", "⊴"), ("trianglerighteq", "⊵"),
        ("lessgtr", "≶"), ("gtrless", "≷"), ("risingdotseq", "≓"), ("fallingdotseq", "≒"),
        ("circeq", "≗"), ("bumpeq", "≏"), ("Bumpeq", "≎"), ("Join", "⋈"),
    ]
    static let arrows: [(String, String)] = [
        ("to", "→"), ("rightarrow", "→"), ("gets", "←"), ("leftarrow", "←"),
        ("leftrightarrow", "↔"), ("Rightarrow", "⇒"), ("Leftarrow", "⇐"), ("Leftrightarrow", "⇔"),
        ("implies", "⟹"), ("impliedby", "⟸"), ("iff", "⟺"), ("longrightarrow", "⟶"),
        ("longleftarrow", "⟵"), ("longleftrightarrow", "⟷"), ("Longrightarrow", "⟹"),
        ("Longleftarrow", "⟸"), ("Longleftrightarrow", "⟺"), ("mapsto", "↦"), ("longmapsto", "⟼"),
        ("uparrow", "↑"), ("downarrow", "↓"), ("updownarrow", "↕"), ("Uparrow", "⇑"),
        ("Downarrow", "⇓"), ("Updownarrow", "⇕"), ("nearrow", "↗"), ("searrow", "↘"),
        ("swarrow", "↙"), ("nwarrow", "↖"), ("hookrightarrow", "↪"), ("hookleftarrow", "↩"),
        ("rightharpoonup", "⇀"), ("rightharpoondown", "⇁"), ("leftharpoonup", "↼"),
        ("leftharpoondown", "↽"), ("rightleftharpoons", "⇌"), ("leftrightharpoons", "⇋"),
        ("leadsto", "⇝"), ("rightsquigarrow", "⇝"), ("twoheadrightarrow", "↠"),
        ("twoheadleftarrow", "↞"), ("rightrightarrows", "⇉"), ("leftleftarrows", "⇇"),
        ("rightleftarrows", "⇄"), ("leftrightarrows", "⇆"), ("circlearrowleft", "↺"),
        ("circlearrowright", "↻"), ("nrightarrow", "↛"), ("nleftarrow", "↚"), ("nRightarrow", "⇏"),
        ("nLeftarrow", "⇍"), ("nleftrightarrow", "↮"), ("nLeftrightarrow", "⇎"),
        ("upuparrows", "⇈"), ("downdownarrows", "⇊"), ("Lsh", "↰"), ("Rsh", "↱"),
        ("curvearrowleft", "↶"), ("curvearrowright", "↷"), ("looparrowleft", "↫"),
        ("looparrowright", "↬"), ("dashrightarrow", "⇢"), ("dashleftarrow", "⇠"),
    ]
    static let openings: [(String, String)] = [
        ("{", "{"), ("lbrace", "{"), ("langle", "⟨"), ("lfloor", "⌊"), ("lceil", "⌈"),
        ("lbrack", "["), ("lgroup", "⟮"), ("llbracket", "⟦"), ("lvert", "|"), ("lVert", "‖"),
        ("ulcorner", "┌"), ("llcorner", "└"), ("lparen", "("),
    ]
    static let closings: [(String, String)] = [
        ("}", "}"), ("rbrace", "}"), ("rangle", "⟩"), ("rfloor", "⌋"), ("rceil", "⌉"),
        ("rbrack", "]"), ("rgroup", "⟯"), ("rrbracket", "⟧"), ("rvert", "|"), ("rVert", "‖"),
        ("urcorner", "┐"), ("lrcorner", "┘"), ("rparen", ")"),
    ]
    static let ordinaryOperators: [(String, String)] = [
        ("|", "‖"), ("vert", "|"), ("Vert", "‖"), ("backslash", "∖"), ("slash", "/"),
        ("ldots", "…"), ("dots", "…"), ("dotsc", "…"), ("dotso", "…"), ("cdots", "⋯"),
        ("dotsb", "⋯"), ("dotsm", "⋯"), ("dotsi", "⋯"), ("vdots", "⋮"), ("ddots", "⋱"),
        ("iddots", "⋰"), ("ldotp", "."),
    ]
    static let punctuation: [(String, String)] = [("colon", ":")]
    static let bigOperators: [(String, String)] = [
        ("sum", "∑"), ("prod", "∏"), ("coprod", "∐"), ("bigcup", "⋃"), ("bigcap", "⋂"),
        ("bigoplus", "⨁"), ("bigotimes", "⨂"), ("bigodot", "⨀"), ("bigvee", "⋁"),
        ("bigwedge", "⋀"), ("biguplus", "⨄"), ("bigsqcup", "⨆"),
    ]
    static let integrals: [(String, String)] = [
        ("int", "∫"), ("iint", "∬"), ("iiint", "∭"), ("iiiint", "⨌"), ("oint", "∮"),
        ("oiint", "∯"), ("oiiint", "∰"), ("intop", "∫"), ("smallint", "∫"),
    ]
    static let functions: [String] = [
        "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "dim",
        "exp", "hom", "ker", "lg", "ln", "log", "sec", "sin", "sinh", "tan", "tanh", "sgn",
        "arccot", "arcsec", "arccsc", "sech", "csch", "tr", "Tr", "erf", "diag", "rank", "softmax",
    ]
    static let functionsWithLimits: [String] = [
        "det", "gcd", "inf", "lim", "max", "min", "Pr", "sup", "argmax", "argmin", "lcm",
    ]
    static let namedFunctions: [(String, String)] = [
        ("liminf", "lim inf"), ("limsup", "lim sup"), ("injlim", "inj lim"), ("projlim", "proj lim"),
        ("varliminf", "lim inf"), ("varlimsup", "lim sup"),
    ]

    /// TeX's class of a plain character in math mode, with its MathML spelling.
    static func character(_ c: Character) -> (text: String, atomClass: AtomClass)? {
        switch c {
        case "+": return ("+", .binary)
        case "-", "−": return ("−", .binary)
        case "*": return ("∗", .binary)
        case "=", "<", ">": return (String(c), .relation)
        case ":": return (":", .relation)
        case ",", ";": return (String(c), .punctuation)
        case "(", "[": return (String(c), .opening)
        case ")", "]", "!", "?": return (String(c), .closing)
        case "|", "/", ".", "@", "\"", "`": return (String(c), .ordinary)
        default: return nil
        }
    }
}
