/// The fields templates read from each page view, looked up without reflection (`TemplateValue`);
/// the views that an exam document repeats or climbs through most are read by reference (`boxed`).
extension PageView: TemplateValue {
    static let fields: [String: Field] = [
        "title": { $0.title }, "root": { $0.root }, "course": { $0.course }, "lang": { $0.lang }, "labels": { $0.labels }, "content": { $0.content },
    ]
}

extension CourseView: TemplateValue {
    static let fields: [String: Field] = [
        "title": { $0.title }, "code": { $0.code }, "institution": { $0.institution }, "description": { $0.description },
    ]
}

extension TopicView: TemplateValue {
    static let fields: [String: Field] = [
        "slug": { $0.slug }, "title": { $0.title }, "description": { $0.description }, "href": { $0.href },
        "exercises": { $0.exercises }, "exerciseCountText": { $0.exerciseCountText },
    ]
}

extension ExerciseSummary: TemplateValue {
    static let fields: [String: Field] = [
        "id": { $0.id }, "title": { $0.title }, "href": { $0.href }, "points": { $0.points }, "pointsText": { $0.pointsText },
        "partCount": { $0.partCount }, "partCountText": { $0.partCountText }, "tags": { $0.tags },
    ]
}

extension ExerciseView: TemplateValue {
    static let fields: [String: Field] = [
        "id": { $0.id }, "number": { $0.number }, "title": { $0.title }, "points": { $0.points }, "pointsText": { $0.pointsText }, "stem": { $0.stem }, "parts": boxed { $0.parts },
        "tags": { $0.tags }, "source": { $0.source }, "topic": { $0.topic }, "showSolutions": { $0.showSolutions }, "withheld": { $0.withheld },
        "exams": { $0.exams },
        "practice": { $0.practice }, "hasSelfCheck": { $0.hasSelfCheck },
    ]
}

extension PartView: TemplateValue {
    static let fields: [String: Field] = [
        "label": { $0.label }, "anchor": { $0.anchor }, "partTitle": { $0.partTitle }, "points": { $0.points }, "pointsWord": { $0.pointsWord },
        "question": { $0.question }, "answer": { $0.answer }, "rubric": { $0.rubric }, "showRubric": { $0.showRubric },
        "answerSpace": { $0.answerSpace }, "headingLevel": { $0.headingLevel }, "subheadingLevel": { $0.subheadingLevel },
        "gradable": boxed { $0.gradable }, "hasRubric": { $0.hasRubric },
    ]
}

extension GradableView: TemplateValue {
    static let fields: [String: Field] = [
        "options": { $0.options }, "multiple": { $0.multiple }, "instruction": { $0.instruction }, "numberBox": { $0.numberBox },
        "hasOptions": { $0.hasOptions }, "stated": { $0.stated }, "explanation": { $0.explanation }, "kind": { $0.kind }, "check": { $0.check }, "tolerance": { $0.tolerance },
    ]
}

extension OptionView: TemplateValue {
    static let fields: [String: Field] = [
        "letter": { $0.letter }, "html": { $0.html }, "box": { $0.box }, "correct": { $0.correct }, "misconception": { $0.misconception },
    ]
}

extension AnswerSpaceView: TemplateValue {
    static let fields: [String: Field] = [
        "lines": { $0.lines }, "height": { $0.height }, "description": { $0.description },
    ]
}

extension RubricView: TemplateValue {
    static let fields: [String: Field] = ["points": { $0.points }, "criterion": { $0.criterion }]
}

extension ExamLink: TemplateValue {
    static let fields: [String: Field] = ["id": { $0.id }, "title": { $0.title }, "date": { $0.date }, "href": { $0.href }]
}

extension ExamView: TemplateValue {
    static let fields: [String: Field] = [
        "id": { $0.id }, "title": { $0.title }, "course": { $0.course }, "date": { $0.date }, "dateLong": { $0.dateLong }, "time": { $0.time },
        "duration": { $0.duration }, "instructions": { $0.instructions }, "closing": { $0.closing }, "cover": { $0.cover }, "total": { $0.total }, "totalText": { $0.totalText },
        "exercises": boxed { $0.exercises }, "gradingTable": boxed { $0.gradingTable }, "scoreTable": boxed { $0.scoreTable }, "paper": { $0.paper },
        "runningHeader": { $0.runningHeader }, "isKey": { $0.isKey }, "keyHeader": { $0.keyHeader }, "pageFooter": { $0.pageFooter }, "variantCode": { $0.variantCode }, "fingerprint": { $0.fingerprint },
        "student": { $0.student },
        "answerGrid": { $0.answerGrid },
    ]
}

extension CoverView: TemplateValue {
    static let fields: [String: Field] = [
        "institution": { $0.institution }, "room": { $0.room }, "seat": { $0.seat }, "integrity": { $0.integrity }, "signature": { $0.signature },
        "hasDeclaration": { $0.hasDeclaration }, "pageCount": { $0.pageCount },
    ]
}

extension CoverView.Entry: TemplateValue {
    static let fields: [String: Field] = ["printed": { $0.printed }]
}

extension ExamView.Student: TemplateValue {
    static let fields: [String: Field] = ["name": { $0.name }, "number": { $0.number }]
}

extension CompactKeyView: TemplateValue {
    static let fields: [String: Field] = [
        "title": { $0.title }, "course": { $0.course }, "dateLong": { $0.dateLong }, "totalText": { $0.totalText }, "variantCode": { $0.variantCode },
        "fingerprint": { $0.fingerprint }, "exercises": boxed { $0.exercises }, "paper": { $0.paper }, "runningHeader": { $0.runningHeader },
        "keyHeader": { $0.keyHeader }, "pageFooter": { $0.pageFooter },
    ]
}

extension CompactKeyView.KeyExercise: TemplateValue {
    static let fields: [String: Field] = ["number": { $0.number }, "title": { $0.title }, "pointsText": { $0.pointsText }, "parts": boxed { $0.parts }]
}

extension CompactKeyView.KeyPart: TemplateValue {
    static let fields: [String: Field] = ["label": { $0.label }, "pointsWord": { $0.pointsWord }, "result": { $0.result }, "rubric": { $0.rubric }]
}

extension GradingTableView: TemplateValue {
    static let fields: [String: Field] = [
        "headers": { $0.headers }, "rows": boxed { $0.rows }, "totals": { $0.totals }, "total": { $0.total }, "totalText": { $0.totalText }, "columnCount": { $0.columnCount },
        "blank": { $0.blank },
    ]
}

extension GradingTableView.Header: TemplateValue {
    static let fields: [String: Field] = ["number": { $0.number }, "title": { $0.title }]
}

extension GradingTableView.Cell: TemplateValue {
    static let fields: [String: Field] = [
        "exercise": { $0.exercise }, "label": { $0.label }, "points": { $0.points }, "empty": { $0.empty },
    ]
}

extension GradingTableView.Row: TemplateValue {
    static let fields: [String: Field] = ["label": { $0.label }, "cells": boxed { $0.cells }]
}
