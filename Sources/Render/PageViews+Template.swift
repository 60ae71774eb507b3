/// The fields templates read from each page view, looked up without reflection (`TemplateValue`);
/// the views that an exam document repeats or climbs through most are read by reference (`boxed`).
extension PageView: TemplateValue {
    static let fields: [String: Field] = [
        "title": \.title, "root": \.root, "course": \.course, "lang": \.lang, "labels": \.labels, "content": \.content,
    ]
}

extension CourseView: TemplateValue {
    static let fields: [String: Field] = [
        "title": \.title, "code": \.code, "institution": \.institution, "description": \.description,
    ]
}

extension TopicView: TemplateValue {
    static let fields: [String: Field] = [
        "slug": \.slug, "title": \.title, "description": \.description, "href": \.href,
        "exercises": \.exercises, "exerciseCountText": \.exerciseCountText,
    ]
}

extension ExerciseSummary: TemplateValue {
    static let fields: [String: Field] = [
        "id": \.id, "title": \.title, "href": \.href, "points": \.points, "pointsText": \.pointsText,
        "partCount": \.partCount, "partCountText": \.partCountText, "tags": \.tags,
    ]
}

extension ExerciseView: TemplateValue {
    static let fields: [String: Field] = [
        "id": \.id, "number": \.number, "title": \.title, "points": \.points, "pointsText": \.pointsText, "stem": \.stem, "parts": boxed(\.parts),
        "tags": \.tags, "source": \.source, "topic": \.topic, "showSolutions": \.showSolutions, "withheld": \.withheld,
        "exams": \.exams,
        "practice": \.practice, "hasSelfCheck": \.hasSelfCheck,
    ]
}

extension PartView: TemplateValue {
    static let fields: [String: Field] = [
        "label": \.label, "anchor": \.anchor, "partTitle": \.partTitle, "points": \.points, "pointsWord": \.pointsWord,
        "question": \.question, "answer": \.answer, "rubric": \.rubric, "showRubric": \.showRubric,
        "answerSpace": \.answerSpace, "headingLevel": \.headingLevel, "subheadingLevel": \.subheadingLevel,
        "gradable": boxed(\.gradable), "hasRubric": \.hasRubric,
    ]
}

extension GradableView: TemplateValue {
    static let fields: [String: Field] = [
        "options": \.options, "multiple": \.multiple, "instruction": \.instruction, "numberBox": \.numberBox,
        "hasOptions": \.hasOptions, "stated": \.stated, "explanation": \.explanation, "kind": \.kind, "check": \.check, "tolerance": \.tolerance,
    ]
}

extension OptionView: TemplateValue {
    static let fields: [String: Field] = [
        "letter": \.letter, "html": \.html, "box": \.box, "correct": \.correct, "misconception": \.misconception,
    ]
}

extension AnswerSpaceView: TemplateValue {
    static let fields: [String: Field] = [
        "lines": \.lines, "height": \.height, "description": \.description,
    ]
}

extension RubricView: TemplateValue {
    static let fields: [String: Field] = ["points": \.points, "criterion": \.criterion]
}

extension ExamLink: TemplateValue {
    static let fields: [String: Field] = ["id": \.id, "title": \.title, "date": \.date, "href": \.href]
}

extension ExamView: TemplateValue {
    static let fields: [String: Field] = [
        "id": \.id, "title": \.title, "course": \.course, "date": \.date, "dateLong": \.dateLong, "time": \.time,
        "duration": \.duration, "instructions": \.instructions, "closing": \.closing, "cover": \.cover, "total": \.total, "totalText": \.totalText,
        "exercises": boxed(\.exercises), "gradingTable": boxed(\.gradingTable), "scoreTable": boxed(\.scoreTable), "paper": \.paper,
        "runningHeader": \.runningHeader, "isKey": \.isKey, "keyHeader": \.keyHeader, "pageFooter": \.pageFooter, "variantCode": \.variantCode, "fingerprint": \.fingerprint,
        "student": \.student,
        "answerGrid": \.answerGrid,
    ]
}

extension CoverView: TemplateValue {
    static let fields: [String: Field] = [
        "institution": \.institution, "room": \.room, "seat": \.seat, "integrity": \.integrity, "signature": \.signature,
        "hasDeclaration": \.hasDeclaration, "pageCount": \.pageCount,
    ]
}

extension CoverView.Entry: TemplateValue {
    static let fields: [String: Field] = ["printed": \.printed]
}

extension ExamView.Student: TemplateValue {
    static let fields: [String: Field] = ["name": \.name, "number": \.number]
}

extension CompactKeyView: TemplateValue {
    static let fields: [String: Field] = [
        "title": \.title, "course": \.course, "dateLong": \.dateLong, "totalText": \.totalText, "variantCode": \.variantCode,
        "fingerprint": \.fingerprint, "exercises": boxed(\.exercises), "paper": \.paper, "runningHeader": \.runningHeader,
        "keyHeader": \.keyHeader, "pageFooter": \.pageFooter,
    ]
}

extension CompactKeyView.KeyExercise: TemplateValue {
    static let fields: [String: Field] = ["number": \.number, "title": \.title, "pointsText": \.pointsText, "parts": boxed(\.parts)]
}

extension CompactKeyView.KeyPart: TemplateValue {
    static let fields: [String: Field] = ["label": \.label, "pointsWord": \.pointsWord, "result": \.result, "rubric": \.rubric]
}

extension GradingTableView: TemplateValue {
    static let fields: [String: Field] = [
        "headers": \.headers, "rows": boxed(\.rows), "totals": \.totals, "total": \.total, "totalText": \.totalText, "columnCount": \.columnCount,
        "blank": \.blank,
    ]
}

extension GradingTableView.Header: TemplateValue {
    static let fields: [String: Field] = ["number": \.number, "title": \.title]
}

extension GradingTableView.Cell: TemplateValue {
    static let fields: [String: Field] = [
        "exercise": \.exercise, "label": \.label, "points": \.points, "empty": \.empty,
    ]
}

extension GradingTableView.Row: TemplateValue {
    static let fields: [String: Field] = ["label": \.label, "cells": boxed(\.cells)]
}
