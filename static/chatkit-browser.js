// chatkit's browser bundle, precompiled for Brython by `python -m chatkit.build.precompile`: do not edit.
// chatkit-precompiled {"brython":"sha384-CrXwmltBQ+PoNy7RISkA2JZWNSKGhJcgYhpUG4z8kgYBjoxoq3rPUXhvgqhT3nqz","modules":["chatkit","chatkit.browser","chatkit.browser._bridge","chatkit.browser._chat","chatkit.browser._checks","chatkit.browser._link","chatkit.browser._subscription","chatkit.errors","chatkit.rules","chatkit.rules.customer","chatkit.rules.languages","chatkit.rules.messages","chatkit.rules.suggest","chatkit.rules.topics"],"sources":"596e490bc7883a2bd6d0d3f8589c8c215ceab587e2601020207ee60852d0b43f"}
(function (B) {
    // Guarded: when brython.js failed to load, this file must not throw.
    if (!B) { return; }
    B.loadBrythonPackage({"$timestamp":98330206783368,"chatkit":[".py","",[],1],"chatkit.browser":[".py","",["chatkit.browser._chat","chatkit.browser._subscription","chatkit.errors","chatkit.rules.customer"],1],"chatkit.browser._bridge":[".py","",["chatkit.browser"]],"chatkit.browser._chat":[".py","",["chatkit.browser._checks","chatkit.browser._link","chatkit.browser._subscription","chatkit.errors","chatkit.rules","chatkit.rules.customer","chatkit.rules.topics"]],"chatkit.browser._checks":[".py","",["chatkit.errors","chatkit.rules.customer","chatkit.rules.languages","chatkit.rules.messages"]],"chatkit.browser._link":[".py","",[]],"chatkit.browser._subscription":[".py","",[]],"chatkit.errors":[".py","",[]],"chatkit.rules":[".py","",[],1],"chatkit.rules.customer":[".py","",[]],"chatkit.rules.languages":[".py","",[]],"chatkit.rules.messages":[".py","\"\"\n\n\n\n\n\n\nfrom chatkit.errors import Problem\nfrom chatkit.rules.suggest import closest\n\nAGENT_PLACEHOLDER = \"{{agent}}\"\nPLACEHOLDERS = (\"agent\",)\n\nSYSTEM_MESSAGES = {\n    \"endChatButton\": \"End chat\",\n    \"closeChatButton\": \"Close\",\n    \"errorServerUnavailable\": \"Server is unavailable. Please, try again later.\",\n    \"chatEstablished\": \"Your chat session has been established.\",\n    \"chatEstablishedName\": \"You are now chatting with {{agent}}.\",\n    \"chatEstablishedAgent\": \"You are now chatting with an agent.\",\n    \"chatEstablishedAgentNew\": \"You are now chatting with a new agent.\",\n    \"chatQueued\": \"We will be with you shortly.\",\n    \"chatForwarded\": \"Your chat is being forwarded. Please wait.\",\n    \"chatMsgTooLong\": \"Your last message was shortened because it exceeded maximum length.\",\n    \"chatDisconnected\": \"You have been disconnected from your chat session. \"\n    \"Please check your network connection and try again.\",\n    \"chatEnded\": \"You have ended your chat session.\",\n    \"agent\": \"Agent\",\n    \"agentTyping\": \"Agent is typing\u2026\",\n    \"agentTypingName\": \"{{agent}} is typing...\",\n    \"agentDisconnected\": \"The agent has disconnected from this chat session.\",\n    \"errorInvalidLogin\": \"We have encountered an error trying to start a new chat. \"\n    \"Please try again later.\",\n    \"endChatNotification\": \"Chat session has been ended.\",\n    \"endChatConfirmation\": \"Are you sure you want to end this chat session?\",\n    \"chatLogTitle\": \"Chat Log\",\n    \"chatLogDescription\": \"Below is a complete log of the chat session.\",\n    \"yesButton\": \"Yes\",\n    \"noButton\": \"No\",\n    \"coBrowsingStartButton\": \"Start co-browsing session\",\n    \"coBrowsingEndButton\": \"End co-browsing session\",\n    \"saveButton\": \"Save\",\n    \"clearButton\": \"Clear\",\n    \"pullDownInfo\": \"Swipe to see more options\",\n    \"errorGenericMessage\": \"Sorry, something went wrong. Please try again later.\",\n    \"errorRequiredMessage\": \"Please verify the mandatory fields\",\n    \"errorCrmFieldInvalidMessage\": \"Sorry, we couldn\u2019t find your information \"\n    \"using the value you provided.\",\n    \"errorInvalidNumber\": \"The field is a numeric field.\",\n    \"errorInvalidEmail\": \"The field only accept the valid e-mail format.\",\n    \"preChatFormData\": \"Pre-Chat form data\",\n    \"offChatFormData\": \"Offline form data\",\n    \"skipQueueFormData\": \"Skip Queue form data\",\n    \"chatTranslationOn\": \"Automatic chat translation has been turned on.\",\n    \"chatTranslationOff\": \"Automatic chat translation has been turned off.\",\n    \"chatTranslationServiceError\": \"Translation service error.\",\n    \"coBrowsingInvitePrompt\": \"Allow agent to see your browser window?\",\n    \"coBrowsingInviteAccept\": \"Yes, start sharing\",\n    \"coBrowsingInviteReject\": \"No\",\n    \"coBrowsingInviteAccepted\": \"You accepted the request.\",\n    \"coBrowsingInviteRejected\": \"You rejected the request.\",\n    \"coBrowsingSessionStarted\": \"Co-browsing session started.\",\n    \"coBrowsingSessionEnded\": \"Co-browsing session ended.\",\n    \"coBrowsingSessionRestored\": \"Co-browsing session restored.\",\n    \"sessionDisconnected\": \"Your chat session has ended.\",\n    \"emptySubject\": \"[ Customer message ] No subject\",\n}\n\n\ndef placeholders_in(text):\n    \"\"\n    names = []\n    for opener, closer in ((\"{{\", \"}}\"), (\"{<\", \">}\")):\n        start = text.find(opener)\n        while start != -1:\n            end = text.find(closer, start + 2)\n            if end == -1:\n                break\n            names.append(opener + text[start + 2 : end] + closer)\n            start = text.find(opener, end + 2)\n    return names\n\n\ndef check_messages(messages, key_prefix=\"messages\"):\n    \"\"\n    problems = []\n    for key, text in messages.items():\n        dotted = key_prefix + \".\" + str(key)\n        if key not in SYSTEM_MESSAGES:\n            problems.append(Problem(dotted, key, unknown_key_message(key)))\n        elif not isinstance(text, str):\n            problems.append(Problem(dotted, text, \"must be text, not %s\" % _type_name(text)))\n        else:\n            problems.extend(_placeholder_problems(dotted, text))\n    return problems\n\n\ndef unknown_key_message(key):\n    hint = closest(str(key), SYSTEM_MESSAGES)\n    suffix = \" (did you mean %s?)\" % hint if hint else \" (run `chatkit messages` for all 49)\"\n    return \"unknown system message %s%s\" % (key, suffix)\n\n\ndef _placeholder_problems(dotted, text):\n    problems = []\n    for found in placeholders_in(text):\n        if found == AGENT_PLACEHOLDER:\n            continue\n        problems.append(\n            Problem(dotted, text, \"unknown placeholder %s (the only placeholder is %s)\"\n                    % (found, AGENT_PLACEHOLDER))\n        )\n    return problems\n\n\ndef render_message(text, agent):\n    \"\"\n    return text.replace(AGENT_PLACEHOLDER, agent)\n\n\ndef _type_name(value):\n    return type(value).__name__\n",["chatkit.errors","chatkit.rules.suggest"]],"chatkit.rules.suggest":[".py","\"\"\n\n\ndef closest(word, candidates):\n    \"\"\n    best, best_distance = None, None\n    for candidate in candidates:\n        distance = _edit_distance(word.lower(), candidate.lower())\n        if best_distance is None or distance < best_distance:\n            best, best_distance = candidate, distance\n    if best is not None and best_distance <= max(2, len(word) // 3):\n        return best\n    return None\n\n\ndef _edit_distance(a, b):\n    previous = list(range(len(b) + 1))\n    for i, char_a in enumerate(a, 1):\n        current = [i]\n        for j, char_b in enumerate(b, 1):\n            current.append(min(previous[j] + 1, current[j - 1] + 1,\n                               previous[j - 1] + (char_a != char_b)))\n        previous = current\n    return previous[-1]\n",[]],"chatkit.rules.topics":[".py","",[]]});
    var compiled = {
"chatkit": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit=$B.namespace("chatkit"),
locals=locals_chatkit,
frame=["chatkit",locals,"chatkit",locals]
var __file__=locals.__file__="VFS.chatkit/__init__.py"
locals.__name__="chatkit"
locals.__doc__='chatkit in the page: the browser controller and the rules it shares.'
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`,
"chatkit.errors": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_errors=$B.namespace("chatkit.errors"),
locals=locals_chatkit_errors,
frame=["chatkit.errors",locals,"chatkit.errors",locals]
var __file__=locals.__file__="VFS.chatkit.errors.py"
locals.__name__="chatkit.errors"
locals.__doc__=''
frame.positions=[[13,14,0,6],[17,42,0,71],[45,51,0,74],[54,55,0,6]]
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,13,'ClassDef')
var ChatkitError71=(function(name,bases,keywords){
$B.frame_obj.frame.inum=1
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"ChatkitError",bases,resolved_bases)
var locals_chatkit_errors_ChatkitError=$B.dict_proxy(class_dict),
locals=locals_chatkit_errors_ChatkitError
locals.__doc__=''
locals.__module__='chatkit.errors'
locals.__firstlineno__=13
var frame=[name,locals,'chatkit.errors',locals_chatkit_errors]
$B.enter_frame(frame,__file__,13)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('ChatkitError',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('ChatkitError',$B.fast_tuple([_b_.Exception]),{})
locals_chatkit_errors.ChatkitError=ChatkitError71
$B.set_lineno(frame,17,'ClassDef')
var Problem72=(function(name,bases,keywords){
$B.frame_obj.frame.inum=3
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Problem",bases,resolved_bases)
var locals_chatkit_errors_Problem=$B.dict_proxy(class_dict),
locals=locals_chatkit_errors_Problem
locals.__doc__=''
locals.__module__='chatkit.errors'
locals.__firstlineno__=17
var frame=[name,locals,'chatkit.errors',locals_chatkit_errors]
$B.enter_frame(frame,__file__,17)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,20)
locals_chatkit_errors_Problem.__slots__=$B.fast_tuple(['key','value','message','severity'])
$B.set_lineno(frame,22)
function __init__73(_self,_key,_value,_message,_severity){
var locals
var locals_chatkit_errors_Problem___init__=locals=$B.args_parser(__init__73,arguments)
var frame=["__init__",locals,"chatkit.errors",locals_chatkit_errors,__init__73]
$B.enter_frame(frame,__file__,22)
frame.positions=[[23,8,8],[24,8,10],[25,8,12],[26,8,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__73,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,23)
$B.$setattr1(locals.self,"key",locals.key,1)
$B.set_lineno(frame,24)
$B.$setattr1(locals.self,"value",locals.value,3)
$B.set_lineno(frame,25)
$B.$setattr1(locals.self,"message",locals.message,5)
$B.set_lineno(frame,26)
$B.$setattr1(locals.self,"severity",locals.severity,7)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__73.$is_method=true
__init__73.$function_infos=['chatkit.errors','__init__','Problem.__init__',__file__,['error'],_b_.None,_b_.None,['self','key','value','message','severity'],null,null,
5,22,3,[],0,0,['self','key','value','message','severity'],false,[],frame]
$B.set_func_attrs(__init__73,frame,'chatkit.errors')
__init__73.ob_type=$B.function
__init__73.__annotate__=_b_.None
locals_chatkit_errors_Problem.__init__=__init__73
$B.set_lineno(frame,28)
var decorator74=_b_.property
$B.set_lineno(frame,29)
function is_error75(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_errors_Problem_is_error=locals={self:_self}
}else{
var locals_chatkit_errors_Problem_is_error=locals=$B.args_parser(is_error75,arguments)
}
var frame=["is_error",locals,"chatkit.errors",locals_chatkit_errors,is_error75]
$B.enter_frame(frame,__file__,29)
frame.positions=[[30,15,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(is_error75,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,30)
return $B.trace_return_and_leave(frame,$B.rich_comp('__eq__',$B.$getattr_pep657(locals.self,'severity',1),'error'))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
is_error75.$is_method=true
is_error75.$function_infos=['chatkit.errors','is_error','Problem.is_error',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,29,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(is_error75,frame,'chatkit.errors')
is_error75.ob_type=$B.function
is_error75.__annotate__=_b_.None
var decorated76=is_error75
locals_chatkit_errors_Problem.is_error=$B.$call(decorator74,decorated76)
$B.set_lineno(frame,32)
function line77(_self,_source){
var locals
var locals_chatkit_errors_Problem_line=locals=$B.args_parser(line77,arguments)
var frame=["line",locals,"chatkit.errors",locals_chatkit_errors,line77]
$B.enter_frame(frame,__file__,32)
frame.positions=[[34,37,8],[35,32,13],[36,15,42],[36,25,31],[36,34,21],[36,43,12]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(line77,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,34)
locals_chatkit_errors_Problem_line.parts=(function(expr){
var next_func_78=$B.make_js_iterator(expr,frame,34)
var result_78=$B.$list([])
try{
for(var next_78 of next_func_78){
$B.set_lineno(frame,34)
locals_chatkit_errors_Problem_line.p=next_78
if($B.$bool(locals.p)){
result_78.push(locals.p)
}
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_errors_Problem_line.p
return result_78
})($B.fast_tuple([locals.source,$B.$getattr_pep657(locals.self,'key',1)]))
$B.set_lineno(frame,35)
locals_chatkit_errors_Problem_line.prefix=($B.$bool($B.rich_comp('__eq__',$B.$getattr_pep657(locals.self,'severity',3),'warning'))?'warning: ':'')
$B.set_lineno(frame,36)
return $B.trace_return_and_leave(frame,$B.call_attr(': ','join',5,$B.rich_op('__add__',locals.parts,$B.$list([$B.rich_op('__add__',locals.prefix,$B.$getattr_pep657(locals.self,'message',11),9)]),7)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
line77.$is_method=true
line77.$function_infos=['chatkit.errors','line','Problem.line',__file__,[''],_b_.None,'',['self','source'],null,null,
2,32,3,[],0,0,['self','source','parts','prefix','p'],false,[],frame]
$B.set_func_attrs(line77,frame,'chatkit.errors')
line77.ob_type=$B.function
line77.__annotate__=_b_.None
locals_chatkit_errors_Problem.line=line77
$B.set_lineno(frame,38)
function __repr__79(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_errors_Problem___repr__=locals={self:_self}
}else{
var locals_chatkit_errors_Problem___repr__=locals=$B.args_parser(__repr__79,arguments)
}
var frame=["__repr__",locals,"chatkit.errors",locals_chatkit_errors,__repr__79]
$B.enter_frame(frame,__file__,38)
frame.positions=[[39,15,79],[39,44,8],[39,54,10],[39,66,12],[39,80,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__79,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,39)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','Problem(%r, %r, %r, %r)',$B.fast_tuple([$B.$getattr_pep657(locals.self,'key',3),$B.$getattr_pep657(locals.self,'value',5),$B.$getattr_pep657(locals.self,'message',7),$B.$getattr_pep657(locals.self,'severity',9)]),1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__79.$is_method=true
__repr__79.$function_infos=['chatkit.errors','__repr__','Problem.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,38,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__79,frame,'chatkit.errors')
__repr__79.ob_type=$B.function
__repr__79.__annotate__=_b_.None
locals_chatkit_errors_Problem.__repr__=__repr__79
$B.set_lineno(frame,41)
function __eq__80(_self,_other){
var locals
if(arguments.length==2&&!_other?.$kw){
var locals_chatkit_errors_Problem___eq__=locals={self:_self,other:_other}
}else{
var locals_chatkit_errors_Problem___eq__=locals=$B.args_parser(__eq__80,arguments)
}
var frame=["__eq__",locals,"chatkit.errors",locals_chatkit_errors,__eq__80]
$B.enter_frame(frame,__file__,41)
frame.positions=[[42,15,26],[42,46,10],[42,60,11]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__eq__80,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,42)
return $B.trace_return_and_leave(frame,(!$B.$bool(locals.$test=$B.$call_with_position(_b_.isinstance,1,locals.other,locals_chatkit_errors.Problem))?locals.$test:$B.rich_comp('__eq__',$B.$call_with_position(_b_.repr,3,locals.self),$B.$call_with_position(_b_.repr,5,locals.other))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__eq__80.$is_method=true
__eq__80.$function_infos=['chatkit.errors','__eq__','Problem.__eq__',__file__,_b_.None,_b_.None,_b_.None,['self','other'],null,null,
2,41,3,[],0,0,['self','other'],false,[],frame]
$B.set_func_attrs(__eq__80,frame,'chatkit.errors')
__eq__80.ob_type=$B.function
__eq__80.__annotate__=_b_.None
locals_chatkit_errors_Problem.__eq__=__eq__80
locals.__static_attributes__=$B.fast_tuple(["key","value","message","severity"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Problem',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Problem',$B.fast_tuple([]),{})
locals_chatkit_errors.Problem=Problem72
$B.set_lineno(frame,45,'ClassDef')
var ValidationError81=(function(name,bases,keywords){
$B.frame_obj.frame.inum=5
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"ValidationError",bases,resolved_bases)
var locals_chatkit_errors_ValidationError=$B.dict_proxy(class_dict),
locals=locals_chatkit_errors_ValidationError
locals.__doc__=''
locals.__module__='chatkit.errors'
locals.__firstlineno__=45
var frame=[name,locals,'chatkit.errors',locals_chatkit_errors]
$B.enter_frame(frame,__file__,45)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,48)
function __init__82(_self,_problems,_source){
var locals
var locals_chatkit_errors_ValidationError___init__=locals=$B.args_parser(__init__82,arguments)
var frame=["__init__",locals,"chatkit.errors",locals_chatkit_errors,__init__82]
$B.enter_frame(frame,__file__,48)
frame.positions=[[49,24,14],[49,8,13],[50,8,11],[51,8,66],[51,8,7],[51,25,48],[51,59,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__82,locals_chatkit_errors,"ValidationError",['ValidationError'])
$B.set_lineno(frame,49)
$B.$setattr1(locals.self,"problems",$B.$call_with_position(_b_.list,1,locals.problems),3)
$B.set_lineno(frame,50)
$B.$setattr1(locals.self,"source",locals.source,5)
$B.set_lineno(frame,51);
$B.call_attr($B.$call_with_position(_b_.super,9,),'__init__',7,$B.call_attr('\\n','join',11,(function(expr){
var locals_chatkit_errors_ValidationError___init___genexpr_83={},
locals=locals_chatkit_errors_ValidationError___init___genexpr_83
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_errors_ValidationError___init___genexpr_83,"chatkit.errors",locals_chatkit_errors]
frame.$has_generators=true
frame.__file__='VFS.chatkit.errors.py'
frame.$lineno=51
$B.make_f_code(frame,['0'])
var next_func_83=$B.make_js_iterator(expr,frame,51)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen83=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,51)
var next_func_83=$B.make_js_iterator(expr,frame,51)
for(var next_83 of next_func_83){
$B.enter_frame(frame,__file__,51)
$B.set_lineno(frame,51)
locals_chatkit_errors_ValidationError___init___genexpr_83.p=next_83
try{
yield $B.call_attr(locals.p,'line',1,locals_chatkit_errors_ValidationError___init__.source)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen83
})($B.$getattr_pep657(locals.self,'problems',13))
))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__82.$is_method=true
__init__82.$function_infos=['chatkit.errors','__init__','ValidationError.__init__',__file__,[''],_b_.None,_b_.None,['self','problems','source'],null,null,
3,48,3,['__class__'],0,0,['self','problems','source'],false,[],frame]
$B.set_func_attrs(__init__82,frame,'chatkit.errors')
__init__82.ob_type=$B.function
__init__82.__annotate__=_b_.None
locals_chatkit_errors_ValidationError.__init__=__init__82
locals.__static_attributes__=$B.fast_tuple(["problems","source"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('ValidationError',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('ValidationError',$B.fast_tuple([locals.ChatkitError]),{})
locals_chatkit_errors.ValidationError=ValidationError81
$B.set_lineno(frame,54,'ClassDef')
var ConfigError84=(function(name,bases,keywords){
$B.frame_obj.frame.inum=7
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"ConfigError",bases,resolved_bases)
var locals_chatkit_errors_ConfigError=$B.dict_proxy(class_dict),
locals=locals_chatkit_errors_ConfigError
locals.__doc__=''
locals.__module__='chatkit.errors'
locals.__firstlineno__=54
var frame=[name,locals,'chatkit.errors',locals_chatkit_errors]
$B.enter_frame(frame,__file__,54)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('ConfigError',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('ConfigError',$B.fast_tuple([locals.ValidationError]),{})
locals_chatkit_errors.ConfigError=ConfigError84
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`,
"chatkit.rules": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_rules=$B.namespace("chatkit.rules"),
locals=locals_chatkit_rules,
frame=["chatkit.rules",locals,"chatkit.rules",locals]
var __file__=locals.__file__="VFS.chatkit.rules/__init__.py"
locals.__name__="chatkit.rules"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`,
"chatkit.rules.customer": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_rules_customer=$B.namespace("chatkit.rules.customer"),
locals=locals_chatkit_rules_customer,
frame=["chatkit.rules.customer",locals,"chatkit.rules.customer",locals]
var __file__=locals.__file__="VFS.chatkit.rules.customer.py"
locals.__name__="chatkit.rules.customer"
locals.__doc__=''
frame.positions=[[12,15,5],[23,12,12],[26,40,0,20],[43,8,8],[46,59,0,60],[62,79,0,88]]
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,9)
locals_chatkit_rules_customer.KEY_LIMIT=100
$B.set_lineno(frame,10)
locals_chatkit_rules_customer.VALUE_LIMIT=500
$B.set_lineno(frame,12)
locals_chatkit_rules_customer.SAFE_INTEGER=9007199254740992n
$B.set_lineno(frame,14)
locals_chatkit_rules_customer.NOT_PRIMITIVE='Customer info %s is not of a primitive type and will be discarded'
$B.set_lineno(frame,15)
locals_chatkit_rules_customer.KEY_TOO_BIG='Customer info %s key is too big and will be discarded'
$B.set_lineno(frame,16)
locals_chatkit_rules_customer.VALUE_TOO_BIG='Customer info %s value is too big and will be discarded'
$B.set_lineno(frame,18)
locals_chatkit_rules_customer.KEY_NOT_TEXT='Customer info key %r is not a string and will be discarded'
$B.set_lineno(frame,19)
locals_chatkit_rules_customer.NOT_FINITE='Customer info %s value %s is not a finite number and will be discarded'
$B.set_lineno(frame,20)
locals_chatkit_rules_customer.UNSAFE_INTEGER='Customer info %s value %s is beyond \u00b12**53 and would lose precision, so it will be discarded'
$B.set_lineno(frame,23)
locals_chatkit_rules_customer._INFINITY=$B.$call_with_position(_b_.float,3,'inf')
$B.set_lineno(frame,26,'ClassDef')
var _Unset85=(function(name,bases,keywords){
$B.frame_obj.frame.inum=5
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"_Unset",bases,resolved_bases)
var locals_chatkit_rules_customer__Unset=$B.dict_proxy(class_dict),
locals=locals_chatkit_rules_customer__Unset
locals.__doc__=''
locals.__module__='chatkit.rules.customer'
locals.__firstlineno__=26
var frame=[name,locals,'chatkit.rules.customer',locals_chatkit_rules_customer]
$B.enter_frame(frame,__file__,26)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,29)
locals_chatkit_rules_customer__Unset._instance=_b_.None
$B.set_lineno(frame,31)
function __new__86(_cls){
var locals
if(arguments.length==1&&!_cls?.$kw){
var locals_chatkit_rules_customer__Unset___new__=locals={cls:_cls}
}else{
var locals_chatkit_rules_customer__Unset___new__=locals=$B.args_parser(__new__86,arguments)
}
var frame=["__new__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__new__86]
$B.enter_frame(frame,__file__,31)
frame.positions=[[32,11,13],[33,28,19],[33,12,13],[34,15,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__new__86,locals_chatkit_rules_customer,"_Unset",['_Unset'])
if($B.set_lineno(frame,32)&&$B.$bool($B.$is($B.$getattr_pep657(locals.cls,'_instance',1),_b_.None))){
$B.set_lineno(frame,33)
$B.$setattr1(locals_chatkit_rules_customer__Unset___new__.cls,"_instance",$B.call_attr(_b_.object,'__new__',3,locals_chatkit_rules_customer__Unset___new__.cls),5)
}
$B.set_lineno(frame,34)
return $B.trace_return_and_leave(frame,$B.$getattr_pep657(locals.cls,'_instance',7))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__new__86.$is_method=true
__new__86.$function_infos=['chatkit.rules.customer','__new__','_Unset.__new__',__file__,_b_.None,_b_.None,_b_.None,['cls'],null,null,
1,31,3,[],0,0,['cls'],false,[],frame]
$B.set_func_attrs(__new__86,frame,'chatkit.rules.customer')
__new__86.ob_type=$B.function
__new__86.__annotate__=_b_.None
locals_chatkit_rules_customer__Unset.__new__=__new__86
$B.set_lineno(frame,36)
function __repr__87(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer__Unset___repr__=locals={self:_self}
}else{
var locals_chatkit_rules_customer__Unset___repr__=locals=$B.args_parser(__repr__87,arguments)
}
var frame=["__repr__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__repr__87]
$B.enter_frame(frame,__file__,36)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__87,locals_chatkit_rules_customer,"_Unset",['_Unset'])
$B.set_lineno(frame,37)
return $B.trace_return_and_leave(frame,'UNSET')
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__87.$is_method=true
__repr__87.$function_infos=['chatkit.rules.customer','__repr__','_Unset.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,36,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__87,frame,'chatkit.rules.customer')
__repr__87.ob_type=$B.function
__repr__87.__annotate__=_b_.None
locals_chatkit_rules_customer__Unset.__repr__=__repr__87
$B.set_lineno(frame,39)
function __bool__88(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer__Unset___bool__=locals={self:_self}
}else{
var locals_chatkit_rules_customer__Unset___bool__=locals=$B.args_parser(__bool__88,arguments)
}
var frame=["__bool__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__bool__88]
$B.enter_frame(frame,__file__,39)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__bool__88,locals_chatkit_rules_customer,"_Unset",['_Unset'])
$B.set_lineno(frame,40)
return $B.trace_return_and_leave(frame,false)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__bool__88.$is_method=true
__bool__88.$function_infos=['chatkit.rules.customer','__bool__','_Unset.__bool__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,39,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__bool__88,frame,'chatkit.rules.customer')
__bool__88.ob_type=$B.function
__bool__88.__annotate__=_b_.None
locals_chatkit_rules_customer__Unset.__bool__=__bool__88
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('_Unset',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('_Unset',$B.fast_tuple([]),{})
locals_chatkit_rules_customer._Unset=_Unset85
$B.set_lineno(frame,43)
locals_chatkit_rules_customer.UNSET=$B.$call_with_position(locals._Unset,7,)
$B.set_lineno(frame,46,'ClassDef')
var Discarded89=(function(name,bases,keywords){
$B.frame_obj.frame.inum=9
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Discarded",bases,resolved_bases)
var locals_chatkit_rules_customer_Discarded=$B.dict_proxy(class_dict),
locals=locals_chatkit_rules_customer_Discarded
locals.__doc__=''
locals.__module__='chatkit.rules.customer'
locals.__firstlineno__=46
var frame=[name,locals,'chatkit.rules.customer',locals_chatkit_rules_customer]
$B.enter_frame(frame,__file__,46)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,49)
locals_chatkit_rules_customer_Discarded.__slots__=$B.fast_tuple(['key','value','reason','message','chat_rule'])
$B.set_lineno(frame,51)
function __init__90(_self,_key,_value,_reason,_message,_chat_rule){
var locals
if(arguments.length==6&&!_chat_rule?.$kw){
var locals_chatkit_rules_customer_Discarded___init__=locals={self:_self,key:_key,value:_value,reason:_reason,message:_message,chat_rule:_chat_rule}
}else{
var locals_chatkit_rules_customer_Discarded___init__=locals=$B.args_parser(__init__90,arguments)
}
var frame=["__init__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__init__90]
$B.enter_frame(frame,__file__,51)
frame.positions=[[52,8,8],[53,8,10],[54,8,11],[55,8,12],[56,8,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__90,locals_chatkit_rules_customer,"Discarded",['Discarded'])
$B.set_lineno(frame,52)
$B.$setattr1(locals.self,"key",locals.key,1)
$B.set_lineno(frame,53)
$B.$setattr1(locals.self,"value",locals.value,3)
$B.set_lineno(frame,54)
$B.$setattr1(locals.self,"reason",locals.reason,5)
$B.set_lineno(frame,55)
$B.$setattr1(locals.self,"message",locals.message,7)
$B.set_lineno(frame,56)
$B.$setattr1(locals.self,"chat_rule",locals.chat_rule,9)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__90.$is_method=true
__init__90.$function_infos=['chatkit.rules.customer','__init__','Discarded.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','key','value','reason','message','chat_rule'],null,null,
6,51,3,[],0,0,['self','key','value','reason','message','chat_rule'],false,[],frame]
$B.set_func_attrs(__init__90,frame,'chatkit.rules.customer')
__init__90.ob_type=$B.function
__init__90.__annotate__=_b_.None
locals_chatkit_rules_customer_Discarded.__init__=__init__90
$B.set_lineno(frame,58)
function __repr__91(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_Discarded___repr__=locals={self:_self}
}else{
var locals_chatkit_rules_customer_Discarded___repr__=locals=$B.args_parser(__repr__91,arguments)
}
var frame=["__repr__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__repr__91]
$B.enter_frame(frame,__file__,58)
frame.positions=[[59,15,45],[59,38,8],[59,48,11]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__91,locals_chatkit_rules_customer,"Discarded",['Discarded'])
$B.set_lineno(frame,59)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','Discarded(%r, %r)',$B.fast_tuple([$B.$getattr_pep657(locals.self,'key',3),$B.$getattr_pep657(locals.self,'reason',5)]),1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__91.$is_method=true
__repr__91.$function_infos=['chatkit.rules.customer','__repr__','Discarded.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,58,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__91,frame,'chatkit.rules.customer')
__repr__91.ob_type=$B.function
__repr__91.__annotate__=_b_.None
locals_chatkit_rules_customer_Discarded.__repr__=__repr__91
locals.__static_attributes__=$B.fast_tuple(["key","value","reason","message","chat_rule"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Discarded',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Discarded',$B.fast_tuple([]),{})
locals_chatkit_rules_customer.Discarded=Discarded89
$B.set_lineno(frame,62,'ClassDef')
var InfoReport92=(function(name,bases,keywords){
$B.frame_obj.frame.inum=11
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"InfoReport",bases,resolved_bases)
var locals_chatkit_rules_customer_InfoReport=$B.dict_proxy(class_dict),
locals=locals_chatkit_rules_customer_InfoReport
locals.__doc__=''
locals.__module__='chatkit.rules.customer'
locals.__firstlineno__=62
var frame=[name,locals,'chatkit.rules.customer',locals_chatkit_rules_customer]
$B.enter_frame(frame,__file__,62)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,65)
function __init__93(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport___init__=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport___init__=locals=$B.args_parser(__init__93,arguments)
}
var frame=["__init__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__init__93]
$B.enter_frame(frame,__file__,65)
frame.positions=[[66,8,13],[67,8,14],[68,8,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__93,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
$B.set_lineno(frame,66)
$B.$setattr1(locals.self,"accepted",_b_.dict.$literal([]),1)
$B.set_lineno(frame,67)
$B.$setattr1(locals.self,"unchanged",$B.$list([]),3)
$B.set_lineno(frame,68)
$B.$setattr1(locals.self,"discarded",$B.$list([]),5)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__93.$is_method=true
__init__93.$function_infos=['chatkit.rules.customer','__init__','InfoReport.__init__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,65,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__init__93,frame,'chatkit.rules.customer')
__init__93.ob_type=$B.function
__init__93.__annotate__=_b_.None
locals_chatkit_rules_customer_InfoReport.__init__=__init__93
$B.set_lineno(frame,70)
var decorator94=_b_.property
$B.set_lineno(frame,71)
function warnings95(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport_warnings=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport_warnings=locals=$B.args_parser(warnings95,arguments)
}
var frame=["warnings",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,warnings95]
$B.enter_frame(frame,__file__,71)
frame.positions=[[72,35,14],[72,16,9]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(warnings95,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
$B.set_lineno(frame,72)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_96=$B.make_js_iterator(expr,frame,72)
var result_96=$B.$list([])
try{
for(var next_96 of next_func_96){
$B.set_lineno(frame,72)
locals_chatkit_rules_customer_InfoReport_warnings.d=next_96
result_96.push($B.$getattr_pep657(locals.d,'message',3))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_rules_customer_InfoReport_warnings.d
return result_96
})($B.$getattr_pep657(locals.self,'discarded',1))
)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
warnings95.$is_method=true
warnings95.$function_infos=['chatkit.rules.customer','warnings','InfoReport.warnings',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,71,3,[],0,0,['self','d'],false,[],frame]
$B.set_func_attrs(warnings95,frame,'chatkit.rules.customer')
warnings95.ob_type=$B.function
warnings95.__annotate__=_b_.None
var decorated97=warnings95
locals_chatkit_rules_customer_InfoReport.warnings=$B.$call(decorator94,decorated97)
$B.set_lineno(frame,74)
var decorator98=_b_.property
$B.set_lineno(frame,75)
function ok99(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport_ok=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport_ok=locals=$B.args_parser(ok99,arguments)
}
var frame=["ok",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,ok99]
$B.enter_frame(frame,__file__,75)
frame.positions=[[76,19,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(ok99,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
$B.set_lineno(frame,76)
return $B.trace_return_and_leave(frame,!$B.$bool($B.$getattr_pep657(locals.self,'discarded',1)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
ok99.$is_method=true
ok99.$function_infos=['chatkit.rules.customer','ok','InfoReport.ok',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,75,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(ok99,frame,'chatkit.rules.customer')
ok99.ob_type=$B.function
ok99.__annotate__=_b_.None
var decorated100=ok99
locals_chatkit_rules_customer_InfoReport.ok=$B.$call(decorator98,decorated100)
$B.set_lineno(frame,78)
function __repr__101(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport___repr__=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport___repr__=locals=$B.args_parser(__repr__101,arguments)
}
var frame=["__repr__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__repr__101]
$B.enter_frame(frame,__file__,78)
frame.positions=[[79,15,73],[79,58,13],[79,73,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__101,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
$B.set_lineno(frame,79)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','InfoReport(accepted=%r, discarded=%r)',$B.fast_tuple([$B.$getattr_pep657(locals.self,'accepted',3),$B.$getattr_pep657(locals.self,'discarded',5)]),1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__101.$is_method=true
__repr__101.$function_infos=['chatkit.rules.customer','__repr__','InfoReport.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,78,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__101,frame,'chatkit.rules.customer')
__repr__101.ob_type=$B.function
__repr__101.__annotate__=_b_.None
locals_chatkit_rules_customer_InfoReport.__repr__=__repr__101
locals.__static_attributes__=$B.fast_tuple(["accepted","unchanged","discarded"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('InfoReport',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('InfoReport',$B.fast_tuple([]),{})
locals_chatkit_rules_customer.InfoReport=InfoReport92
$B.set_lineno(frame,82)
function check_info102(_info){
var locals
if(arguments.length==1&&!_info?.$kw){
var locals_chatkit_rules_customer_check_info=locals={info:_info}
}else{
var locals_chatkit_rules_customer_check_info=locals=$B.args_parser(check_info102,arguments)
}
var frame=["check_info",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,check_info102]
$B.enter_frame(frame,__file__,82)
frame.positions=[[88,13,12],[89,22,12],[89,22,12],[89,8,10],[91,12,28],[91,12,16],[93,20,27],[93,20,15],[95,12,20],[95,12,15],[97,12,34],[97,12,16]]
try{
$B.js_this=this
$B.set_lineno(frame,88)
locals_chatkit_rules_customer_check_info.report=$B.$call_with_position(locals_chatkit_rules_customer.InfoReport,1,)
frame.$lineno=89
var no_break_103=true,
iterator_103=$B.call_attr(locals.info,'items',3,)
iterator_103[$B.INUM]=5
for(var next_103 of $B.make_js_iterator(iterator_103,frame,89)){
var v104=next_103
var it_105=$B.unpacker(v104,2,false,7)
locals_chatkit_rules_customer_check_info.key=it_105.read_one()
locals_chatkit_rules_customer_check_info.value=it_105.read_one()
if($B.set_lineno(frame,90)&&$B.$bool($B.$is(locals.value,locals_chatkit_rules_customer.UNSET))){
$B.set_lineno(frame,91);
$B.call_attr($B.$getattr_pep657(locals_chatkit_rules_customer_check_info.report,'unchanged',11),'append',9,locals_chatkit_rules_customer_check_info.key)
continue
}
$B.set_lineno(frame,93)
locals_chatkit_rules_customer_check_info.discarded=$B.$call_with_position($B.resolve_in_scopes('_discard_reason',[locals_chatkit_rules_customer_check_info,locals_chatkit_rules_customer,_b_],15),13,locals.key,locals.value)
if($B.set_lineno(frame,94)&&$B.$bool($B.$is(locals.discarded,_b_.None))){
$B.set_lineno(frame,95)
$B.$setitem($B.$getattr_pep657(locals_chatkit_rules_customer_check_info.report,'accepted',19),locals_chatkit_rules_customer_check_info.key,locals_chatkit_rules_customer_check_info.value,17)
}else{
$B.set_lineno(frame,97);
$B.call_attr($B.$getattr_pep657(locals_chatkit_rules_customer_check_info.report,'discarded',23),'append',21,locals_chatkit_rules_customer_check_info.discarded)
}
}
$B.set_lineno(frame,98)
return $B.trace_return_and_leave(frame,locals.report)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_info102.$function_infos=['chatkit.rules.customer','check_info','check_info',__file__,_b_.None,_b_.None,'',['info'],null,null,
1,82,3,[],0,0,['info','report','key','value','discarded'],false,[],frame]
$B.set_func_attrs(check_info102,frame,'chatkit.rules.customer')
check_info102.ob_type=$B.function
check_info102.__annotate__=_b_.None
locals_chatkit_rules_customer.check_info=check_info102
$B.set_lineno(frame,101)
function _discard_reason106(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_rules_customer__discard_reason=locals={key:_key,value:_value}
}else{
var locals_chatkit_rules_customer__discard_reason=locals=$B.args_parser(_discard_reason106,arguments)
}
var frame=["_discard_reason",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_discard_reason106]
$B.enter_frame(frame,__file__,101)
frame.positions=[[102,11,20],[103,15,67],[103,53,21],[104,33,19],[104,33,12],[105,15,65],[105,54,19],[106,7,14],[106,7,9],[107,15,61],[107,52,17],[110,11,26],[110,11,14],[110,41,32],[110,41,20]]
try{
$B.js_this=this
if($B.set_lineno(frame,102)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.key,_b_.str)))){
$B.set_lineno(frame,103)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,3,locals_chatkit_rules_customer__discard_reason.key,locals_chatkit_rules_customer__discard_reason.value,'key-not-text',$B.rich_op('__mod__',locals_chatkit_rules_customer.KEY_NOT_TEXT,$B.fast_tuple([locals_chatkit_rules_customer__discard_reason.key]),5),false))
}
if($B.set_lineno(frame,104)&&($B.$bool(!$B.$is(locals.value,_b_.None))&&$B.$bool(!$B.$bool($B.$call_with_position($B.resolve_in_scopes('is_primitive',[locals_chatkit_rules_customer__discard_reason,locals_chatkit_rules_customer,_b_],9),7,locals.value))))){
$B.set_lineno(frame,105)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,11,locals_chatkit_rules_customer__discard_reason.key,locals_chatkit_rules_customer__discard_reason.value,'not-primitive',$B.rich_op('__mod__',locals_chatkit_rules_customer.NOT_PRIMITIVE,locals_chatkit_rules_customer__discard_reason.key,13),true))
}
if($B.set_lineno(frame,106)&&$B.$bool($B.rich_comp('__gt__',$B.$call_with_position($B.resolve_in_scopes('js_length',[locals_chatkit_rules_customer__discard_reason,locals_chatkit_rules_customer,_b_],17),15,locals.key),locals_chatkit_rules_customer.KEY_LIMIT))){
$B.set_lineno(frame,107)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,19,locals_chatkit_rules_customer__discard_reason.key,locals_chatkit_rules_customer__discard_reason.value,'key-too-big',$B.rich_op('__mod__',locals_chatkit_rules_customer.KEY_TOO_BIG,locals_chatkit_rules_customer__discard_reason.key,21),true))
}
if($B.set_lineno(frame,108)&&$B.$bool($B.$is(locals.value,_b_.None))){
$B.set_lineno(frame,109)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,110)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.$call_with_position($B.resolve_in_scopes('_number_reason',[locals_chatkit_rules_customer__discard_reason,locals_chatkit_rules_customer,_b_],25),23,locals.key,locals.value))?locals.$test:$B.$call_with_position($B.resolve_in_scopes('_value_length_reason',[locals_chatkit_rules_customer__discard_reason,locals_chatkit_rules_customer,_b_],29),27,locals.key,locals.value)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_discard_reason106.$function_infos=['chatkit.rules.customer','_discard_reason','_discard_reason',__file__,_b_.None,_b_.None,_b_.None,['key','value'],null,null,
2,101,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(_discard_reason106,frame,'chatkit.rules.customer')
_discard_reason106.ob_type=$B.function
_discard_reason106.__annotate__=_b_.None
locals_chatkit_rules_customer._discard_reason=_discard_reason106
$B.set_lineno(frame,113)
function _number_reason107(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_rules_customer__number_reason=locals={key:_key,value:_value}
}else{
var locals_chatkit_rules_customer__number_reason=locals=$B.args_parser(_number_reason107,arguments)
}
var frame=["_number_reason",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_number_reason107]
$B.enter_frame(frame,__file__,113)
frame.positions=[[114,7,23],[116,7,24],[117,15,69],[117,51,25],[118,7,22],[118,34,10],[119,120,15,31],[119,55,40],[119,78,16],[119,78,9]]
try{
$B.js_this=this
if($B.set_lineno(frame,114)&&$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.value,_b_.bool))){
$B.set_lineno(frame,115)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,116)&&($B.$bool($B.$call_with_position(_b_.isinstance,3,locals.value,_b_.float))&&$B.$bool(($B.$bool(locals.$test=$B.rich_comp('__ne__',locals.value,locals.value))?locals.$test:$B.$is_member(locals.value,$B.fast_tuple([locals_chatkit_rules_customer._INFINITY,$B.call_special_unary(locals_chatkit_rules_customer._INFINITY,'__neg__','unary -')])))))){
$B.set_lineno(frame,117)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,5,locals_chatkit_rules_customer__number_reason.key,locals_chatkit_rules_customer__number_reason.value,'not-finite',$B.rich_op('__mod__',locals_chatkit_rules_customer.NOT_FINITE,$B.fast_tuple([locals_chatkit_rules_customer__number_reason.key,locals_chatkit_rules_customer__number_reason.value]),7),false))
}
if($B.set_lineno(frame,118)&&($B.$bool($B.$call_with_position(_b_.isinstance,9,locals.value,_b_.int))&&$B.$bool($B.rich_comp('__gt__',$B.$call_with_position(_b_.abs,11,locals.value),locals_chatkit_rules_customer.SAFE_INTEGER)))){
$B.set_lineno(frame,119)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,13,locals_chatkit_rules_customer__number_reason.key,locals_chatkit_rules_customer__number_reason.value,'unsafe-integer',$B.rich_op('__mod__',locals_chatkit_rules_customer.UNSAFE_INTEGER,$B.fast_tuple([locals_chatkit_rules_customer__number_reason.key,$B.$call_with_position($B.resolve_in_scopes('_int_text',[locals_chatkit_rules_customer__number_reason,locals_chatkit_rules_customer,_b_],19),17,locals_chatkit_rules_customer__number_reason.value)]),15),false))
}
$B.set_lineno(frame,121)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_number_reason107.$function_infos=['chatkit.rules.customer','_number_reason','_number_reason',__file__,_b_.None,_b_.None,_b_.None,['key','value'],null,null,
2,113,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(_number_reason107,frame,'chatkit.rules.customer')
_number_reason107.ob_type=$B.function
_number_reason107.__annotate__=_b_.None
locals_chatkit_rules_customer._number_reason=_number_reason107
$B.set_lineno(frame,124)
function _int_text108(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_rules_customer__int_text=locals={value:_value}
}else{
var locals_chatkit_rules_customer__int_text=locals=$B.args_parser(_int_text108,arguments)
}
var frame=["_int_text",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_int_text108]
$B.enter_frame(frame,__file__,124)
frame.positions=[[129,11,10],[130,14,6],[131,15,10],[132,15,32],[132,19,27],[132,19,17],[133,10,12],[135,10,20],[135,17,12],[137,11,55]]
try{
$B.js_this=this
$B.set_lineno(frame,129)
locals_chatkit_rules_customer__int_text.size=$B.$call_with_position(_b_.abs,1,locals.value)
if($B.set_lineno(frame,130)&&$B.$bool($B.rich_comp('__lt__',locals.size,1000000000000000000000n))){
$B.set_lineno(frame,131)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.str,5,locals_chatkit_rules_customer__int_text.value))
}
$B.set_lineno(frame,132)
locals_chatkit_rules_customer__int_text.exponent=$B.$call_with_position(_b_.int,7,$B.rich_op('__mul__',$B.call_attr(locals.size,'bit_length',11,),(new $B.Float(0.30103)),9))
var no_break_109=true
while($B.set_lineno(frame,133)&&$B.$bool($B.rich_comp('__gt__',$B.rich_op('__pow__',10,locals_chatkit_rules_customer__int_text.exponent,13),locals_chatkit_rules_customer__int_text.size))){
$B.set_lineno(frame,134)
locals_chatkit_rules_customer__int_text.exponent=$B.augm_assign(locals_chatkit_rules_customer__int_text.exponent,'-=',1)
}
var no_break_110=true
while($B.set_lineno(frame,135)&&$B.$bool($B.rich_comp('__le__',$B.rich_op('__pow__',10,$B.rich_op('__add__',locals_chatkit_rules_customer__int_text.exponent,1,17),15),locals_chatkit_rules_customer__int_text.size))){
$B.set_lineno(frame,136)
locals_chatkit_rules_customer__int_text.exponent=$B.augm_assign(locals_chatkit_rules_customer__int_text.exponent,'+=',1)
}
$B.set_lineno(frame,137)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','about %s10**%d',$B.fast_tuple([($B.$bool($B.rich_comp('__lt__',locals.value,0))?'-':''),locals.exponent]),19))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_int_text108.$function_infos=['chatkit.rules.customer','_int_text','_int_text',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,124,3,[],0,0,['value','size','exponent'],false,[],frame]
$B.set_func_attrs(_int_text108,frame,'chatkit.rules.customer')
_int_text108.ob_type=$B.function
_int_text108.__annotate__=_b_.None
locals_chatkit_rules_customer._int_text=_int_text108
$B.set_lineno(frame,140)
function _value_length_reason111(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_rules_customer__value_length_reason=locals={key:_key,value:_value}
}else{
var locals_chatkit_rules_customer__value_length_reason=locals=$B.args_parser(_value_length_reason111,arguments)
}
var frame=["_value_length_reason",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_value_length_reason111]
$B.enter_frame(frame,__file__,140)
frame.positions=[[141,7,27],[141,7,9],[141,17,16],[141,17,9],[142,15,65],[142,54,19]]
try{
$B.js_this=this
if($B.set_lineno(frame,141)&&$B.$bool($B.rich_comp('__gt__',$B.$call_with_position($B.resolve_in_scopes('js_length',[locals_chatkit_rules_customer__value_length_reason,locals_chatkit_rules_customer,_b_],3),1,$B.$call_with_position($B.resolve_in_scopes('js_string',[locals_chatkit_rules_customer__value_length_reason,locals_chatkit_rules_customer,_b_],7),5,locals.value)),locals_chatkit_rules_customer.VALUE_LIMIT))){
$B.set_lineno(frame,142)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_rules_customer.Discarded,9,locals_chatkit_rules_customer__value_length_reason.key,locals_chatkit_rules_customer__value_length_reason.value,'value-too-big',$B.rich_op('__mod__',locals_chatkit_rules_customer.VALUE_TOO_BIG,locals_chatkit_rules_customer__value_length_reason.key,11),true))
}
$B.set_lineno(frame,143)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_value_length_reason111.$function_infos=['chatkit.rules.customer','_value_length_reason','_value_length_reason',__file__,_b_.None,_b_.None,_b_.None,['key','value'],null,null,
2,140,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(_value_length_reason111,frame,'chatkit.rules.customer')
_value_length_reason111.ob_type=$B.function
_value_length_reason111.__annotate__=_b_.None
locals_chatkit_rules_customer._value_length_reason=_value_length_reason111
$B.set_lineno(frame,146)
function is_primitive112(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_rules_customer_is_primitive=locals={value:_value}
}else{
var locals_chatkit_rules_customer_is_primitive=locals=$B.args_parser(is_primitive112,arguments)
}
var frame=["is_primitive",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,is_primitive112]
$B.enter_frame(frame,__file__,146)
frame.positions=[[148,11,42]]
try{
$B.js_this=this
$B.set_lineno(frame,148)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.isinstance,1,locals.value,$B.fast_tuple([_b_.str,_b_.int,_b_.float,_b_.bool])))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
is_primitive112.$function_infos=['chatkit.rules.customer','is_primitive','is_primitive',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,146,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(is_primitive112,frame,'chatkit.rules.customer')
is_primitive112.ob_type=$B.function
is_primitive112.__annotate__=_b_.None
locals_chatkit_rules_customer.is_primitive=is_primitive112
$B.set_lineno(frame,151)
function js_length113(_text){
var locals
if(arguments.length==1&&!_text?.$kw){
var locals_chatkit_rules_customer_js_length=locals={text:_text}
}else{
var locals_chatkit_rules_customer_js_length=locals=$B.args_parser(js_length113,arguments)
}
var frame=["js_length",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,js_length113]
$B.enter_frame(frame,__file__,151)
frame.positions=[[157,11,52]]
try{
$B.js_this=this
$B.set_lineno(frame,157)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.sum,1,(function(expr){
var locals_chatkit_rules_customer_js_length_genexpr_114={},
locals=locals_chatkit_rules_customer_js_length_genexpr_114
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_rules_customer_js_length_genexpr_114,"chatkit.rules.customer",locals_chatkit_rules_customer]
frame.$has_generators=true
frame.__file__='VFS.chatkit.rules.customer.py'
frame.$lineno=157
$B.make_f_code(frame,['0'])
var next_func_114=$B.make_js_iterator(expr,frame,157)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen114=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,157)
var next_func_114=$B.make_js_iterator(expr,frame,157)
for(var next_114 of next_func_114){
$B.enter_frame(frame,__file__,157)
$B.set_lineno(frame,157)
locals_chatkit_rules_customer_js_length_genexpr_114.char=next_114
try{
yield($B.$bool($B.rich_comp('__gt__',$B.$call_with_position(_b_.ord,1,locals.char),65535))?2:1)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen114
})(locals.text)
))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
js_length113.$function_infos=['chatkit.rules.customer','js_length','js_length',__file__,_b_.None,_b_.None,'',['text'],null,null,
1,151,3,[],0,0,['text'],false,[],frame]
$B.set_func_attrs(js_length113,frame,'chatkit.rules.customer')
js_length113.ob_type=$B.function
js_length113.__annotate__=_b_.None
locals_chatkit_rules_customer.js_length=js_length113
$B.set_lineno(frame,160)
function js_string115(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_rules_customer_js_string=locals={value:_value}
}else{
var locals_chatkit_rules_customer_js_string=locals=$B.args_parser(js_string115,arguments)
}
var frame=["js_string",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,js_string115]
$B.enter_frame(frame,__file__,160)
frame.positions=[[162,7,23],[164,7,22],[165,15,10],[166,7,24],[167,15,17],[167,15,10]]
try{
$B.js_this=this
if($B.set_lineno(frame,162)&&$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.value,_b_.bool))){
$B.set_lineno(frame,163)
return $B.trace_return_and_leave(frame,($B.$bool(locals_chatkit_rules_customer_js_string.value)?'true':'false'))
}
if($B.set_lineno(frame,164)&&$B.$bool($B.$call_with_position(_b_.isinstance,3,locals.value,_b_.int))){
$B.set_lineno(frame,165)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.str,5,locals_chatkit_rules_customer_js_string.value))
}
if($B.set_lineno(frame,166)&&$B.$bool($B.$call_with_position(_b_.isinstance,7,locals.value,_b_.float))){
$B.set_lineno(frame,167)
return $B.trace_return_and_leave(frame,$B.$call_with_position($B.resolve_in_scopes('_js_number',[locals_chatkit_rules_customer_js_string,locals_chatkit_rules_customer,_b_],11),9,locals_chatkit_rules_customer_js_string.value))
}
$B.set_lineno(frame,168)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
js_string115.$function_infos=['chatkit.rules.customer','js_string','js_string',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,160,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(js_string115,frame,'chatkit.rules.customer')
js_string115.ob_type=$B.function
js_string115.__annotate__=_b_.None
locals_chatkit_rules_customer.js_string=js_string115
$B.set_lineno(frame,171)
function _js_number116(_number){
var locals
if(arguments.length==1&&!_number?.$kw){
var locals_chatkit_rules_customer__js_number=locals={number:_number}
}else{
var locals_chatkit_rules_customer__js_number=locals=$B.args_parser(_js_number116,arguments)
}
var frame=["_js_number",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_js_number116]
$B.enter_frame(frame,__file__,171)
frame.positions=[[176,20,29],[176,20,16],[176,37,11],[176,4,13],[177,11,11],[179,15,36],[179,15,13],[179,31,20],[179,38,12],[181,15,44],[181,15,27],[181,15,21],[181,22,14],[181,45,14],[183,15,35],[183,15,26],[183,15,11],[183,29,12],[184,15,9],[185,40,28],[185,40,15],[185,40,9],[185,58,10],[186,11,75],[186,11,54],[186,11,21],[186,11,15],[186,68,18],[186,72,13]]
try{
$B.js_this=this
if($B.set_lineno(frame,173)&&$B.$bool($B.rich_comp('__eq__',locals.number,0))){
$B.set_lineno(frame,174)
return $B.trace_return_and_leave(frame,'0')
}
$B.set_lineno(frame,175)
locals_chatkit_rules_customer__js_number.sign=($B.$bool($B.rich_comp('__lt__',locals.number,0))?'-':'')
$B.set_lineno(frame,176)
var v117=$B.$call_with_position($B.resolve_in_scopes('_shortest_digits',[locals_chatkit_rules_customer__js_number,locals_chatkit_rules_customer,_b_],3),1,$B.$call_with_position(_b_.abs,5,locals.number))
var it_118=$B.unpacker(v117,2,false,7)
locals_chatkit_rules_customer__js_number.digits=it_118.read_one()
locals_chatkit_rules_customer__js_number.point=it_118.read_one()
$B.set_lineno(frame,177)
locals_chatkit_rules_customer__js_number.size=$B.$call_with_position(_b_.len,9,locals.digits)
if($B.set_lineno(frame,178)&&$B.$bool($B.rich_comp('__le__',locals.size,locals.$op=locals.point)&&$B.rich_comp('__le__',locals.$op,21))){
$B.set_lineno(frame,179)
return $B.trace_return_and_leave(frame,$B.rich_op('__add__',$B.rich_op('__add__',locals_chatkit_rules_customer__js_number.sign,locals_chatkit_rules_customer__js_number.digits,13),$B.rich_op('__mul__','0',$B.rich_op('__sub__',locals_chatkit_rules_customer__js_number.point,locals_chatkit_rules_customer__js_number.size,17),15),11))
}
if($B.set_lineno(frame,180)&&$B.$bool($B.rich_comp('__lt__',0,locals.$op=locals.point)&&$B.rich_comp('__le__',locals.$op,21))){
$B.set_lineno(frame,181)
return $B.trace_return_and_leave(frame,$B.rich_op('__add__',$B.rich_op('__add__',$B.rich_op('__add__',locals_chatkit_rules_customer__js_number.sign,$B.getitem_slice(locals_chatkit_rules_customer__js_number.digits,_b_.slice.$fast_slice(_b_.None,locals_chatkit_rules_customer__js_number.point,_b_.None),25),23),'.',21),$B.getitem_slice(locals_chatkit_rules_customer__js_number.digits,_b_.slice.$fast_slice(locals_chatkit_rules_customer__js_number.point,_b_.None,_b_.None),27),19))
}
if($B.set_lineno(frame,182)&&$B.$bool($B.rich_comp('__lt__',-6,locals.$op=locals.point)&&$B.rich_comp('__le__',locals.$op,0))){
$B.set_lineno(frame,183)
return $B.trace_return_and_leave(frame,$B.rich_op('__add__',$B.rich_op('__add__',$B.rich_op('__add__',locals_chatkit_rules_customer__js_number.sign,'0.',33),$B.rich_op('__mul__','0',$B.call_special_unary(locals_chatkit_rules_customer__js_number.point,'__neg__','unary -'),35),31),locals_chatkit_rules_customer__js_number.digits,29))
}
$B.set_lineno(frame,184)
locals_chatkit_rules_customer__js_number.exponent=$B.rich_op('__sub__',locals.point,1,37)
$B.set_lineno(frame,185)
locals_chatkit_rules_customer__js_number.mantissa=($B.$bool($B.rich_comp('__eq__',locals.size,1))?locals.digits:$B.rich_op('__add__',$B.rich_op('__add__',$B.$getitem(locals.digits,0,43),'.',41),$B.getitem_slice(locals.digits,_b_.slice.$fast_slice(1,_b_.None,_b_.None),45),39))
$B.set_lineno(frame,186)
return $B.trace_return_and_leave(frame,$B.rich_op('__add__',$B.rich_op('__add__',$B.rich_op('__add__',$B.rich_op('__add__',locals.sign,locals.mantissa,53),'e',51),($B.$bool($B.rich_comp('__lt__',locals.exponent,0))?'-':'+'),49),$B.$call_with_position(_b_.str,55,$B.$call_with_position(_b_.abs,57,locals.exponent)),47))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_js_number116.$function_infos=['chatkit.rules.customer','_js_number','_js_number',__file__,_b_.None,_b_.None,'',['number'],null,null,
1,171,3,[],0,0,['number','sign','digits','point','size','exponent','mantissa'],false,[],frame]
$B.set_func_attrs(_js_number116,frame,'chatkit.rules.customer')
_js_number116.ob_type=$B.function
_js_number116.__annotate__=_b_.None
locals_chatkit_rules_customer._js_number=_js_number116
$B.set_lineno(frame,189)
function _shortest_digits119(_number){
var locals
if(arguments.length==1&&!_number?.$kw){
var locals_chatkit_rules_customer__shortest_digits=locals={number:_number}
}else{
var locals_chatkit_rules_customer__shortest_digits=locals=$B.args_parser(_shortest_digits119,arguments)
}
var frame=["_shortest_digits",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_shortest_digits119]
$B.enter_frame(frame,__file__,189)
frame.positions=[[191,11,12],[192,28,19],[192,4,21],[193,25,23],[193,4,18],[194,13,30],[194,14,16],[195,12,73],[195,12,33],[195,12,10],[195,25,20],[195,49,35],[195,49,21],[195,53,16],[195,73,11],[196,11,18]]
try{
$B.js_this=this
$B.set_lineno(frame,191)
locals_chatkit_rules_customer__shortest_digits.text=$B.$call_with_position(_b_.repr,1,locals.number)
$B.set_lineno(frame,192)
var v120=$B.call_attr(locals.text,'partition',3,'e')
var it_121=$B.unpacker(v120,3,false,5)
locals_chatkit_rules_customer__shortest_digits.mantissa=it_121.read_one()
locals_chatkit_rules_customer__shortest_digits._=it_121.read_one()
locals_chatkit_rules_customer__shortest_digits.exponent=it_121.read_one()
$B.set_lineno(frame,193)
var v122=$B.call_attr(locals.mantissa,'partition',7,'.')
var it_123=$B.unpacker(v122,3,false,9)
locals_chatkit_rules_customer__shortest_digits.whole=it_123.read_one()
var $temp=it_123.read_one()
$B.delete_for_reassign('_',locals_chatkit_rules_customer__shortest_digits)
locals_chatkit_rules_customer__shortest_digits._=$temp
locals_chatkit_rules_customer__shortest_digits.fraction=it_123.read_one()
$B.set_lineno(frame,194)
locals_chatkit_rules_customer__shortest_digits.digits=$B.call_attr($B.rich_op('__add__',locals.whole,locals.fraction,13),'lstrip',11,'0')
$B.set_lineno(frame,195)
locals_chatkit_rules_customer__shortest_digits.point=$B.rich_op('__sub__',$B.rich_op('__add__',$B.$call_with_position(_b_.len,19,locals.whole),$B.$call_with_position(_b_.int,21,($B.$bool(locals.$test=locals.exponent)?locals.$test:'0')),17),$B.rich_op('__sub__',$B.$call_with_position(_b_.len,25,$B.rich_op('__add__',locals.whole,locals.fraction,27)),$B.$call_with_position(_b_.len,29,locals.digits),23),15)
$B.set_lineno(frame,196)
return $B.trace_return_and_leave(frame,$B.fast_tuple([($B.$bool(locals.$test=$B.call_attr(locals.digits,'rstrip',31,'0'))?locals.$test:'0'),locals.point]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_shortest_digits119.$function_infos=['chatkit.rules.customer','_shortest_digits','_shortest_digits',__file__,_b_.None,_b_.None,'',['number'],null,null,
1,189,3,[],0,0,['number','text','mantissa','_','exponent','whole','fraction','digits','point'],false,[],frame]
$B.set_func_attrs(_shortest_digits119,frame,'chatkit.rules.customer')
_shortest_digits119.ob_type=$B.function
_shortest_digits119.__annotate__=_b_.None
locals_chatkit_rules_customer._shortest_digits=_shortest_digits119
$B.set_lineno(frame,199)
function merge_info124(_current,_accepted){
var locals
if(arguments.length==2&&!_accepted?.$kw){
var locals_chatkit_rules_customer_merge_info=locals={current:_current,accepted:_accepted}
}else{
var locals_chatkit_rules_customer_merge_info=locals=$B.args_parser(merge_info124,arguments)
}
var frame=["merge_info",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,merge_info124]
$B.enter_frame(frame,__file__,199)
frame.positions=[[201,13,13],[202,22,16],[202,22,16],[202,8,10],[204,12,21],[206,12,11]]
try{
$B.js_this=this
$B.set_lineno(frame,201)
locals_chatkit_rules_customer_merge_info.merged=$B.$call_with_position(_b_.dict,1,locals.current)
frame.$lineno=202
var no_break_125=true,
iterator_125=$B.call_attr(locals.accepted,'items',3,)
iterator_125[$B.INUM]=5
for(var next_125 of $B.make_js_iterator(iterator_125,frame,202)){
var v126=next_125
var it_127=$B.unpacker(v126,2,false,7)
locals_chatkit_rules_customer_merge_info.key=it_127.read_one()
locals_chatkit_rules_customer_merge_info.value=it_127.read_one()
if($B.set_lineno(frame,203)&&$B.$bool($B.$is(locals.value,_b_.None))){
$B.set_lineno(frame,204);
$B.call_attr(locals_chatkit_rules_customer_merge_info.merged,'pop',9,locals_chatkit_rules_customer_merge_info.key,_b_.None)
}else{
$B.set_lineno(frame,206)
$B.$setitem(locals_chatkit_rules_customer_merge_info.merged,locals_chatkit_rules_customer_merge_info.key,locals_chatkit_rules_customer_merge_info.value,11)
}
}
$B.set_lineno(frame,207)
return $B.trace_return_and_leave(frame,locals.merged)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
merge_info124.$function_infos=['chatkit.rules.customer','merge_info','merge_info',__file__,_b_.None,_b_.None,'',['current','accepted'],null,null,
2,199,3,[],0,0,['current','accepted','merged','key','value'],false,[],frame]
$B.set_func_attrs(merge_info124,frame,'chatkit.rules.customer')
merge_info124.ob_type=$B.function
merge_info124.__annotate__=_b_.None
locals_chatkit_rules_customer.merge_info=merge_info124
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`,
"chatkit.rules.languages": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_rules_languages=$B.namespace("chatkit.rules.languages"),
locals=locals_chatkit_rules_languages,
frame=["chatkit.rules.languages",locals,"chatkit.rules.languages",locals]
var __file__=locals.__file__="VFS.chatkit.rules.languages.py"
locals.__name__="chatkit.rules.languages"
locals.__doc__=''
frame.positions=[[50,19,12]]
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,9)
locals_chatkit_rules_languages.LANGUAGES=_b_.dict.$literal([['en','English',2969108243637283],['ru','Russian',8582899472030760],['de','German',6539091967377009],['ja','Japanese',1759483115361669],['es','Spanish',2966340810361164],['fr','French',464723275265557],['pt','Portuguese',2248715112100802],['it','Italian',2905849197901347],['pl','Polish',6723602574290949],['hr','Croatian',915895229453570],['hi','Hindi',4295414792258359],['nl','Dutch',872854935078729],['ar','Arabic',8336340796888549],['da','Danish',722985320227236],['ko','Korean',8806243237825889],['no','Norwegian',569128686014970],['sv','Swedish',6569214335189770],['vi','Vietnamese',2009093796421716],['cy','Welsh',7074728751066068],['th','Thai',5396440918302941],['zh-CN','Simplified Chinese',7586435886112950],['zh-TW','Traditional Chinese',6021126962521215]])
$B.set_lineno(frame,35)
locals_chatkit_rules_languages.LANGUAGE_ALIASES=_b_.dict.$literal([['nb','no',3919734366523711],['nn','no',2356629816729770]])
$B.set_lineno(frame,38)
locals_chatkit_rules_languages.CHINESE_BY_SUBTAG=_b_.dict.$literal([['hans','zh-CN',6583845788498761],['hant','zh-TW',5280964041484029],['cn','zh-CN',4165697712476613],['sg','zh-CN',4178230227171340],['tw','zh-TW',810842767836981],['hk','zh-TW',8452373190316772],['mo','zh-TW',3601276617717995]])
$B.set_lineno(frame,48)
locals_chatkit_rules_languages.INVALID_LANGUAGE='Chat language %s is not valid and will be discarded'
$B.set_lineno(frame,50)
locals_chatkit_rules_languages._CODES_BY_LOWER=(function(expr){
var next_func_128=$B.make_js_iterator(expr,frame,50)
var result_128=$B.empty_dict()
try{
for(var next_128 of next_func_128){
$B.set_lineno(frame,50)
locals_chatkit_rules_languages.code=next_128
_b_.dict.$setitem(result_128,$B.call_attr(locals.code,'lower',1,),locals.code)
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_rules_languages.code
return result_128
})(locals.LANGUAGES)
$B.set_lineno(frame,53)
function normalize_language129(_tag){
var locals
if(arguments.length==1&&!_tag?.$kw){
var locals_chatkit_rules_languages_normalize_language=locals={tag:_tag}
}else{
var locals_chatkit_rules_languages_normalize_language=locals=$B.args_parser(normalize_language129,arguments)
}
var frame=["normalize_language",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,normalize_language129]
$B.enter_frame(frame,__file__,53)
frame.positions=[[59,11,20],[61,14,29],[61,14,21],[63,15,24],[64,14,18],[65,11,39],[65,38,11],[67,14,44],[67,35,10],[67,47,10],[69,15,21],[69,15,8],[69,24,11]]
try{
$B.js_this=this
if($B.set_lineno(frame,59)&&($B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.tag,_b_.str)))||$B.$bool(!$B.$bool(locals.tag)))){
$B.set_lineno(frame,60)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,61)
locals_chatkit_rules_languages_normalize_language.lowered=$B.call_attr($B.call_attr(locals.tag,'replace',5,'_','-'),'lower',3,)
if($B.set_lineno(frame,62)&&$B.$bool($B.$is_member(locals.lowered,locals_chatkit_rules_languages._CODES_BY_LOWER))){
$B.set_lineno(frame,63)
return $B.trace_return_and_leave(frame,$B.$getitem(locals_chatkit_rules_languages._CODES_BY_LOWER,locals_chatkit_rules_languages_normalize_language.lowered,7))
}
$B.set_lineno(frame,64)
locals_chatkit_rules_languages_normalize_language.subtags=$B.call_attr(locals.lowered,'split',9,'-')
if($B.set_lineno(frame,65)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.all,11,(function(expr){
var locals_chatkit_rules_languages_normalize_language_genexpr_130={},
locals=locals_chatkit_rules_languages_normalize_language_genexpr_130
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_rules_languages_normalize_language_genexpr_130,"chatkit.rules.languages",locals_chatkit_rules_languages]
frame.$has_generators=true
frame.__file__='VFS.chatkit.rules.languages.py'
frame.$lineno=65
$B.make_f_code(frame,['0'])
var next_func_130=$B.make_js_iterator(expr,frame,65)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen130=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,65)
var next_func_130=$B.make_js_iterator(expr,frame,65)
for(var next_130 of next_func_130){
$B.enter_frame(frame,__file__,65)
$B.set_lineno(frame,65)
locals_chatkit_rules_languages_normalize_language_genexpr_130.s=next_130
try{
yield $B.$call_with_position($B.resolve_in_scopes('_is_subtag',[locals_chatkit_rules_languages_normalize_language_genexpr_130,locals_chatkit_rules_languages_normalize_language,locals_chatkit_rules_languages,_b_],3),1,locals.s)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen130
})($B.getitem_slice(locals.subtags,_b_.slice.$fast_slice(1,_b_.None,_b_.None),13))
)))){
$B.set_lineno(frame,66)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,67)
locals_chatkit_rules_languages_normalize_language.primary=$B.call_attr(locals_chatkit_rules_languages.LANGUAGE_ALIASES,'get',15,$B.$getitem(locals.subtags,0,17),$B.$getitem(locals.subtags,0,19))
if($B.set_lineno(frame,68)&&$B.$bool($B.rich_comp('__eq__',locals.primary,'zh'))){
$B.set_lineno(frame,69)
return $B.trace_return_and_leave(frame,$B.$call_with_position($B.resolve_in_scopes('_chinese',[locals_chatkit_rules_languages_normalize_language,locals_chatkit_rules_languages,_b_],23),21,$B.getitem_slice(locals_chatkit_rules_languages_normalize_language.subtags,_b_.slice.$fast_slice(1,_b_.None,_b_.None),25)))
}
$B.set_lineno(frame,70)
return $B.trace_return_and_leave(frame,($B.$bool($B.$is_member(locals.primary,locals_chatkit_rules_languages.LANGUAGES))?locals.primary:_b_.None))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
normalize_language129.$function_infos=['chatkit.rules.languages','normalize_language','normalize_language',__file__,_b_.None,_b_.None,'',['tag'],null,null,
1,53,3,[],0,0,['tag','lowered','subtags','primary'],false,[],frame]
$B.set_func_attrs(normalize_language129,frame,'chatkit.rules.languages')
normalize_language129.ob_type=$B.function
normalize_language129.__annotate__=_b_.None
locals_chatkit_rules_languages.normalize_language=normalize_language129
$B.set_lineno(frame,73)
function _chinese131(_subtags){
var locals
if(arguments.length==1&&!_subtags?.$kw){
var locals_chatkit_rules_languages__chinese=locals={subtags:_subtags}
}else{
var locals_chatkit_rules_languages__chinese=locals=$B.args_parser(_chinese131,arguments)
}
var frame=["_chinese",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,_chinese131]
$B.enter_frame(frame,__file__,73)
frame.positions=[[74,18,7],[76,19,25]]
try{
$B.js_this=this
frame.$lineno=74
var no_break_132=true,
iterator_132=locals.subtags
iterator_132[$B.INUM]=1
for(var next_132 of $B.make_js_iterator(iterator_132,frame,74)){
locals_chatkit_rules_languages__chinese.subtag=next_132
if($B.set_lineno(frame,75)&&$B.$bool($B.$is_member(locals.subtag,locals_chatkit_rules_languages.CHINESE_BY_SUBTAG))){
$B.set_lineno(frame,76)
return $B.trace_return_and_leave(frame,$B.$getitem(locals_chatkit_rules_languages.CHINESE_BY_SUBTAG,locals_chatkit_rules_languages__chinese.subtag,3))
}
}
$B.set_lineno(frame,77)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_chinese131.$function_infos=['chatkit.rules.languages','_chinese','_chinese',__file__,_b_.None,_b_.None,_b_.None,['subtags'],null,null,
1,73,3,[],0,0,['subtags','subtag'],false,[],frame]
$B.set_func_attrs(_chinese131,frame,'chatkit.rules.languages')
_chinese131.ob_type=$B.function
_chinese131.__annotate__=_b_.None
locals_chatkit_rules_languages._chinese=_chinese131
$B.set_lineno(frame,80)
locals_chatkit_rules_languages._SUBTAG_CHARS='abcdefghijklmnopqrstuvwxyz0123456789'
$B.set_lineno(frame,83)
function _is_subtag134(_text){
var locals
if(arguments.length==1&&!_text?.$kw){
var locals_chatkit_rules_languages__is_subtag=locals={text:_text}
}else{
var locals_chatkit_rules_languages__is_subtag=locals=$B.args_parser(_is_subtag134,arguments)
}
var frame=["_is_subtag",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,_is_subtag134]
$B.enter_frame(frame,__file__,83)
frame.positions=[[84,16,9],[84,35,37]]
try{
$B.js_this=this
$B.set_lineno(frame,84)
return $B.trace_return_and_leave(frame,(!$B.$bool(locals.$test=$B.rich_comp('__le__',1,locals.$op=$B.$call_with_position(_b_.len,1,locals.text))&&$B.rich_comp('__le__',locals.$op,8))?locals.$test:$B.$call_with_position(_b_.all,3,(function(expr){
var locals_chatkit_rules_languages__is_subtag_genexpr_135={},
locals=locals_chatkit_rules_languages__is_subtag_genexpr_135
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_rules_languages__is_subtag_genexpr_135,"chatkit.rules.languages",locals_chatkit_rules_languages]
frame.$has_generators=true
frame.__file__='VFS.chatkit.rules.languages.py'
frame.$lineno=84
$B.make_f_code(frame,['0'])
var next_func_135=$B.make_js_iterator(expr,frame,84)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen135=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,84)
var next_func_135=$B.make_js_iterator(expr,frame,84)
for(var next_135 of next_func_135){
$B.enter_frame(frame,__file__,84)
$B.set_lineno(frame,84)
locals_chatkit_rules_languages__is_subtag_genexpr_135.c=next_135
try{
yield $B.$is_member(locals.c,locals_chatkit_rules_languages._SUBTAG_CHARS)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen135
})(locals.text)
)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_is_subtag134.$function_infos=['chatkit.rules.languages','_is_subtag','_is_subtag',__file__,_b_.None,_b_.None,_b_.None,['text'],null,null,
1,83,3,[],0,0,['text'],false,[],frame]
$B.set_func_attrs(_is_subtag134,frame,'chatkit.rules.languages')
_is_subtag134.ob_type=$B.function
_is_subtag134.__annotate__=_b_.None
locals_chatkit_rules_languages._is_subtag=_is_subtag134
$B.set_lineno(frame,87)
function invalid_language_message136(_tag){
var locals
if(arguments.length==1&&!_tag?.$kw){
var locals_chatkit_rules_languages_invalid_language_message=locals={tag:_tag}
}else{
var locals_chatkit_rules_languages_invalid_language_message=locals=$B.args_parser(invalid_language_message136,arguments)
}
var frame=["invalid_language_message",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,invalid_language_message136]
$B.enter_frame(frame,__file__,87)
frame.positions=[[89,11,25]]
try{
$B.js_this=this
$B.set_lineno(frame,89)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_rules_languages.INVALID_LANGUAGE,$B.fast_tuple([locals.tag]),1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
invalid_language_message136.$function_infos=['chatkit.rules.languages','invalid_language_message','invalid_language_message',__file__,_b_.None,_b_.None,'',['tag'],null,null,
1,87,3,[],0,0,['tag'],false,[],frame]
$B.set_func_attrs(invalid_language_message136,frame,'chatkit.rules.languages')
invalid_language_message136.ob_type=$B.function
invalid_language_message136.__annotate__=_b_.None
locals_chatkit_rules_languages.invalid_language_message=invalid_language_message136
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`,
"chatkit.browser._checks": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__checks=$B.namespace("chatkit.browser._checks"),
locals=locals_chatkit_browser__checks,
frame=["chatkit.browser._checks",locals,"chatkit.browser._checks",locals]
var __file__=locals.__file__="VFS.chatkit.browser._checks.py"
locals.__name__="chatkit.browser._checks"
locals.__doc__=''
frame.positions=[[9,0,34],[10,0,66],[11,0,80],[13,15,5],[14,12,12]]
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,9)
$B.$import_from("chatkit.errors",'Problem',{},0,locals,1)
$B.set_lineno(frame,10)
$B.$import_from("chatkit.rules.customer",'UNSET',{},0,locals,3)
$B.$import_from("chatkit.rules.customer",'check_info',{},0,locals,3)
$B.$import_from("chatkit.rules.customer",'is_primitive',{},0,locals,3)
$B.set_lineno(frame,11)
$B.$import_from("chatkit.rules.languages",'invalid_language_message',{},0,locals,5)
$B.$import_from("chatkit.rules.languages",'normalize_language',{},0,locals,5)
$B.set_lineno(frame,13)
locals_chatkit_browser__checks.SAFE_INTEGER=9007199254740992n
$B.set_lineno(frame,14)
locals_chatkit_browser__checks._INFINITY=$B.$call_with_position(_b_.float,9,'inf')
$B.set_lineno(frame,16)
locals_chatkit_browser__checks.NOT_A_DICT='%s takes a dict, not %s'
$B.set_lineno(frame,17)
locals_chatkit_browser__checks.VARIABLE_KEY_NOT_TEXT='Chat variable key %r is not a string and will be discarded'
$B.set_lineno(frame,18)
locals_chatkit_browser__checks.VARIABLE_NOT_PRIMITIVE='Chat variable %s is not of a primitive type and will be discarded'
$B.set_lineno(frame,19)
locals_chatkit_browser__checks.VARIABLE_NOT_EXACT='Chat variable %s value %r is not a finite number JavaScript holds exactly and will be discarded'
$B.set_lineno(frame,21)
locals_chatkit_browser__checks.MESSAGE_LEFT_OUT='System message %s is left out: %s'
$B.set_lineno(frame,24)
function check_dict49(_value,_call){
var locals
if(arguments.length==2&&!_call?.$kw){
var locals_chatkit_browser__checks_check_dict=locals={value:_value,call:_call}
}else{
var locals_chatkit_browser__checks_check_dict=locals=$B.args_parser(check_dict49,arguments)
}
var frame=["check_dict",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_dict49]
$B.enter_frame(frame,__file__,24)
frame.positions=[[26,7,23],[28,12,63],[28,33,41],[28,53,20],[28,53,11]]
try{
$B.js_this=this
if($B.set_lineno(frame,26)&&$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.value,_b_.dict))){
$B.set_lineno(frame,27)
return $B.trace_return_and_leave(frame,$B.$list([]))
}
$B.set_lineno(frame,28)
return $B.trace_return_and_leave(frame,$B.$list([$B.$call_with_position(locals_chatkit_browser__checks.Problem,3,locals.call,locals.value,$B.rich_op('__mod__',locals_chatkit_browser__checks.NOT_A_DICT,$B.fast_tuple([locals.call,$B.$getattr_pep657($B.$call_with_position(_b_.type,9,locals.value),'__name__',7)]),5))]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_dict49.$function_infos=['chatkit.browser._checks','check_dict','check_dict',__file__,_b_.None,_b_.None,'',['value','call'],null,null,
2,24,3,[],0,0,['value','call'],false,[],frame]
$B.set_func_attrs(check_dict49,frame,'chatkit.browser._checks')
check_dict49.ob_type=$B.function
check_dict49.__annotate__=_b_.None
locals_chatkit_browser__checks.check_dict=check_dict49
$B.set_lineno(frame,31)
function check_customer_info50(_info){
var locals
if(arguments.length==1&&!_info?.$kw){
var locals_chatkit_browser__checks_check_customer_info=locals={info:_info}
}else{
var locals_chatkit_browser__checks_check_customer_info=locals=$B.args_parser(check_customer_info50,arguments)
}
var frame=["check_customer_info",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_customer_info50]
$B.enter_frame(frame,__file__,31)
frame.positions=[[33,13,16],[34,70,16],[34,16,44],[34,24,15],[34,24,8],[34,33,5],[34,41,7],[34,50,9]]
try{
$B.js_this=this
$B.set_lineno(frame,33)
locals_chatkit_browser__checks_check_customer_info.report=$B.$call_with_position(locals_chatkit_browser__checks.check_info,1,locals.info)
$B.set_lineno(frame,34)
locals_chatkit_browser__checks_check_customer_info.problems=(function(expr){
var next_func_51=$B.make_js_iterator(expr,frame,34)
var result_51=$B.$list([])
try{
for(var next_51 of next_func_51){
$B.set_lineno(frame,34)
locals_chatkit_browser__checks_check_customer_info.d=next_51
result_51.push($B.$call_with_position(locals_chatkit_browser__checks.Problem,5,$B.$call_with_position($B.resolve_in_scopes('key_text',[locals_chatkit_browser__checks_check_customer_info,locals_chatkit_browser__checks,_b_],9),7,$B.$getattr_pep657(locals.d,'key',11)),$B.$getattr_pep657(locals.d,'value',13),$B.$getattr_pep657(locals.d,'message',15)))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__checks_check_customer_info.d
return result_51
})($B.$getattr_pep657(locals.report,'discarded',3))
$B.set_lineno(frame,35)
return $B.trace_return_and_leave(frame,$B.fast_tuple([locals.report,locals.problems]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_customer_info50.$function_infos=['chatkit.browser._checks','check_customer_info','check_customer_info',__file__,_b_.None,_b_.None,'',['info'],null,null,
1,31,3,[],0,0,['info','report','problems','d'],false,[],frame]
$B.set_func_attrs(check_customer_info50,frame,'chatkit.browser._checks')
check_customer_info50.ob_type=$B.function
check_customer_info50.__annotate__=_b_.None
locals_chatkit_browser__checks.check_customer_info=check_customer_info50
$B.set_lineno(frame,38)
function check_language52(_tag){
var locals
if(arguments.length==1&&!_tag?.$kw){
var locals_chatkit_browser__checks_check_language=locals={tag:_tag}
}else{
var locals_chatkit_browser__checks_check_language=locals=$B.args_parser(check_language52,arguments)
}
var frame=["check_language",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_language52]
$B.enter_frame(frame,__file__,38)
frame.positions=[[40,11,23],[42,22,55],[42,47,29]]
try{
$B.js_this=this
$B.set_lineno(frame,40)
locals_chatkit_browser__checks_check_language.code=$B.$call_with_position(locals_chatkit_browser__checks.normalize_language,1,locals.tag)
if($B.set_lineno(frame,41)&&$B.$bool($B.$is(locals.code,_b_.None))){
$B.set_lineno(frame,42)
return $B.trace_return_and_leave(frame,$B.fast_tuple([_b_.None,$B.$list([$B.$call_with_position(locals_chatkit_browser__checks.Problem,3,'language',locals_chatkit_browser__checks_check_language.tag,$B.$call_with_position(locals_chatkit_browser__checks.invalid_language_message,5,locals_chatkit_browser__checks_check_language.tag))])]))
}
$B.set_lineno(frame,43)
return $B.trace_return_and_leave(frame,$B.fast_tuple([locals.code,$B.$list([])]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_language52.$function_infos=['chatkit.browser._checks','check_language','check_language',__file__,_b_.None,_b_.None,'',['tag'],null,null,
1,38,3,[],0,0,['tag','code'],false,[],frame]
$B.set_func_attrs(check_language52,frame,'chatkit.browser._checks')
check_language52.ob_type=$B.function
check_language52.__annotate__=_b_.None
locals_chatkit_browser__checks.check_language=check_language52
$B.set_lineno(frame,46)
function check_variables53(_variables){
var locals
if(arguments.length==1&&!_variables?.$kw){
var locals_chatkit_browser__checks_check_variables=locals={variables:_variables}
}else{
var locals_chatkit_browser__checks_check_variables=locals=$B.args_parser(check_variables53,arguments)
}
var frame=["check_variables",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_variables53]
$B.enter_frame(frame,__file__,46)
frame.positions=[[48,4,17],[49,22,17],[49,22,17],[49,8,10],[52,18,29],[52,18,17],[54,12,12],[56,12,55],[56,28,38],[56,36,13],[56,36,8]]
try{
$B.js_this=this
$B.set_lineno(frame,48)
var v54=$B.fast_tuple([_b_.dict.$literal([]),$B.$list([])])
var it_55=$B.unpacker(v54,2,false,1)
locals_chatkit_browser__checks_check_variables.payload=it_55.read_one()
locals_chatkit_browser__checks_check_variables.problems=it_55.read_one()
frame.$lineno=49
var no_break_56=true,
iterator_56=$B.call_attr(locals.variables,'items',3,)
iterator_56[$B.INUM]=5
for(var next_56 of $B.make_js_iterator(iterator_56,frame,49)){
var v57=next_56
var it_58=$B.unpacker(v57,2,false,7)
locals_chatkit_browser__checks_check_variables.key=it_58.read_one()
locals_chatkit_browser__checks_check_variables.value=it_58.read_one()
if($B.set_lineno(frame,50)&&$B.$bool($B.$is(locals.value,locals_chatkit_browser__checks.UNSET))){
continue
}
$B.set_lineno(frame,52)
locals_chatkit_browser__checks_check_variables.message=$B.$call_with_position($B.resolve_in_scopes('_variable_problem',[locals_chatkit_browser__checks_check_variables,locals_chatkit_browser__checks,_b_],11),9,locals.key,locals.value)
if($B.set_lineno(frame,53)&&$B.$bool($B.$is(locals.message,_b_.None))){
$B.set_lineno(frame,54)
$B.$setitem(locals_chatkit_browser__checks_check_variables.payload,locals_chatkit_browser__checks_check_variables.key,locals_chatkit_browser__checks_check_variables.value,13)
}else{
$B.set_lineno(frame,56);
$B.call_attr(locals_chatkit_browser__checks_check_variables.problems,'append',15,$B.$call_with_position(locals_chatkit_browser__checks.Problem,17,$B.$call_with_position($B.resolve_in_scopes('key_text',[locals_chatkit_browser__checks_check_variables,locals_chatkit_browser__checks,_b_],21),19,locals_chatkit_browser__checks_check_variables.key),locals_chatkit_browser__checks_check_variables.value,locals_chatkit_browser__checks_check_variables.message))
}
}
$B.set_lineno(frame,57)
return $B.trace_return_and_leave(frame,$B.fast_tuple([locals.payload,locals.problems]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_variables53.$function_infos=['chatkit.browser._checks','check_variables','check_variables',__file__,_b_.None,_b_.None,'',['variables'],null,null,
1,46,3,[],0,0,['variables','payload','problems','key','value','message'],false,[],frame]
$B.set_func_attrs(check_variables53,frame,'chatkit.browser._checks')
check_variables53.ob_type=$B.function
check_variables53.__annotate__=_b_.None
locals_chatkit_browser__checks.check_variables=check_variables53
$B.set_lineno(frame,60)
function _variable_problem60(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_browser__checks__variable_problem=locals={key:_key,value:_value}
}else{
var locals_chatkit_browser__checks__variable_problem=locals=$B.args_parser(_variable_problem60,arguments)
}
var frame=["_variable_problem",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,_variable_problem60]
$B.enter_frame(frame,__file__,60)
frame.positions=[[61,11,20],[62,15,30],[63,24,30],[65,11,19],[66,15,28],[67,7,24],[68,15,33],[69,7,22],[69,34,10],[70,15,33]]
try{
$B.js_this=this
if($B.set_lineno(frame,61)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.key,_b_.str)))){
$B.set_lineno(frame,62)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_browser__checks.VARIABLE_KEY_NOT_TEXT,$B.fast_tuple([locals_chatkit_browser__checks__variable_problem.key]),3))
}
if($B.set_lineno(frame,63)&&($B.$bool($B.$is(locals.value,_b_.None))||$B.$bool($B.$call_with_position(_b_.isinstance,5,locals.value,$B.fast_tuple([_b_.str,_b_.bool]))))){
$B.set_lineno(frame,64)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,65)&&$B.$bool(!$B.$bool($B.$call_with_position(locals_chatkit_browser__checks.is_primitive,7,locals.value)))){
$B.set_lineno(frame,66)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_browser__checks.VARIABLE_NOT_PRIMITIVE,locals_chatkit_browser__checks__variable_problem.key,9))
}
if($B.set_lineno(frame,67)&&($B.$bool($B.$call_with_position(_b_.isinstance,11,locals.value,_b_.float))&&$B.$bool(($B.$bool(locals.$test=$B.rich_comp('__ne__',locals.value,locals.value))?locals.$test:$B.$is_member(locals.value,$B.fast_tuple([locals_chatkit_browser__checks._INFINITY,$B.call_special_unary(locals_chatkit_browser__checks._INFINITY,'__neg__','unary -')])))))){
$B.set_lineno(frame,68)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_browser__checks.VARIABLE_NOT_EXACT,$B.fast_tuple([locals_chatkit_browser__checks__variable_problem.key,locals_chatkit_browser__checks__variable_problem.value]),13))
}
if($B.set_lineno(frame,69)&&($B.$bool($B.$call_with_position(_b_.isinstance,15,locals.value,_b_.int))&&$B.$bool($B.rich_comp('__gt__',$B.$call_with_position(_b_.abs,17,locals.value),locals_chatkit_browser__checks.SAFE_INTEGER)))){
$B.set_lineno(frame,70)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_browser__checks.VARIABLE_NOT_EXACT,$B.fast_tuple([locals_chatkit_browser__checks__variable_problem.key,locals_chatkit_browser__checks__variable_problem.value]),19))
}
$B.set_lineno(frame,71)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_variable_problem60.$function_infos=['chatkit.browser._checks','_variable_problem','_variable_problem',__file__,_b_.None,_b_.None,_b_.None,['key','value'],null,null,
2,60,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(_variable_problem60,frame,'chatkit.browser._checks')
_variable_problem60.ob_type=$B.function
_variable_problem60.__annotate__=_b_.None
locals_chatkit_browser__checks._variable_problem=_variable_problem60
$B.set_lineno(frame,74)
function check_system_messages61(_messages){
var locals
if(arguments.length==1&&!_messages?.$kw){
var locals_chatkit_browser__checks_check_system_messages=locals={messages:_messages}
}else{
var locals_chatkit_browser__checks_check_system_messages=locals=$B.args_parser(check_system_messages61,arguments)
}
var frame=["check_system_messages",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_system_messages61]
$B.enter_frame(frame,__file__,74)
frame.positions=[[78,4,49],[80,4,17],[81,21,16],[81,21,16],[81,8,9],[82,16,55],[84,85,12,43],[87,12,12]]
try{
$B.js_this=this
$B.set_lineno(frame,78)
$B.$import_from("chatkit.rules.messages",'check_messages',{},0,locals,1)
$B.set_lineno(frame,80)
var v62=$B.fast_tuple([_b_.dict.$literal([]),$B.$list([])])
var it_63=$B.unpacker(v62,2,false,3)
locals_chatkit_browser__checks_check_system_messages.payload=it_63.read_one()
locals_chatkit_browser__checks_check_system_messages.problems=it_63.read_one()
frame.$lineno=81
var no_break_64=true,
iterator_64=$B.call_attr(locals.messages,'items',5,)
iterator_64[$B.INUM]=7
for(var next_64 of $B.make_js_iterator(iterator_64,frame,81)){
var v65=next_64
var it_66=$B.unpacker(v65,2,false,9)
locals_chatkit_browser__checks_check_system_messages.key=it_66.read_one()
locals_chatkit_browser__checks_check_system_messages.text=it_66.read_one()
$B.set_lineno(frame,82)
locals_chatkit_browser__checks_check_system_messages.found=$B.$call_with_position(locals_chatkit_browser__checks_check_system_messages.check_messages,11,_b_.dict.$literal([[locals.key,locals.text]]),'chat.set_system_messages')
if($B.set_lineno(frame,83)&&$B.$bool(locals.found)){
$B.set_lineno(frame,84);
$B.call_attr(locals_chatkit_browser__checks_check_system_messages.problems,'extend',13,(function(expr){
var locals_chatkit_browser__checks_check_system_messages_genexpr_67={},
locals=locals_chatkit_browser__checks_check_system_messages_genexpr_67
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_browser__checks_check_system_messages_genexpr_67,"chatkit.browser._checks",locals_chatkit_browser__checks]
frame.$has_generators=true
frame.__file__='VFS.chatkit.browser._checks.py'
frame.$lineno=84
$B.make_f_code(frame,['0'])
var next_func_67=$B.make_js_iterator(expr,frame,84)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen67=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,84)
var next_func_67=$B.make_js_iterator(expr,frame,84)
for(var next_67 of next_func_67){
$B.enter_frame(frame,__file__,84)
$B.set_lineno(frame,84)
locals_chatkit_browser__checks_check_system_messages_genexpr_67.p=next_67
try{
yield $B.$call_with_position(locals_chatkit_browser__checks.Problem,1,$B.$call_with_position($B.resolve_in_scopes('key_text',[locals_chatkit_browser__checks_check_system_messages_genexpr_67,locals_chatkit_browser__checks_check_system_messages,locals_chatkit_browser__checks,_b_],5),3,locals_chatkit_browser__checks_check_system_messages.key),locals_chatkit_browser__checks_check_system_messages.text,$B.rich_op('__mod__',locals_chatkit_browser__checks.MESSAGE_LEFT_OUT,$B.fast_tuple([locals_chatkit_browser__checks_check_system_messages.key,$B.$getattr_pep657(locals.p,'message',9)]),7))
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen67
})(locals_chatkit_browser__checks_check_system_messages.found)
)
}else{
$B.set_lineno(frame,87)
$B.$setitem(locals_chatkit_browser__checks_check_system_messages.payload,locals_chatkit_browser__checks_check_system_messages.key,locals_chatkit_browser__checks_check_system_messages.text,15)
}
}
$B.set_lineno(frame,88)
return $B.trace_return_and_leave(frame,$B.fast_tuple([locals.payload,locals.problems]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_system_messages61.$function_infos=['chatkit.browser._checks','check_system_messages','check_system_messages',__file__,_b_.None,_b_.None,'',['messages'],null,null,
1,74,3,[],0,0,['messages','payload','problems','key','text','found'],false,[],frame]
$B.set_func_attrs(check_system_messages61,frame,'chatkit.browser._checks')
check_system_messages61.ob_type=$B.function
check_system_messages61.__annotate__=_b_.None
locals_chatkit_browser__checks.check_system_messages=check_system_messages61
$B.set_lineno(frame,91)
function key_text70(_key){
var locals
if(arguments.length==1&&!_key?.$kw){
var locals_chatkit_browser__checks_key_text=locals={key:_key}
}else{
var locals_chatkit_browser__checks_key_text=locals=$B.args_parser(key_text70,arguments)
}
var frame=["key_text",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,key_text70]
$B.enter_frame(frame,__file__,91)
frame.positions=[[92,18,20],[92,44,9]]
try{
$B.js_this=this
$B.set_lineno(frame,92)
return $B.trace_return_and_leave(frame,($B.$bool($B.$call_with_position(_b_.isinstance,1,locals.key,_b_.str))?locals.key:$B.$call_with_position(_b_.repr,3,locals.key)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
key_text70.$function_infos=['chatkit.browser._checks','key_text','key_text',__file__,_b_.None,_b_.None,_b_.None,['key'],null,null,
1,91,3,[],0,0,['key'],false,[],frame]
$B.set_func_attrs(key_text70,frame,'chatkit.browser._checks')
key_text70.ob_type=$B.function
key_text70.__annotate__=_b_.None
locals_chatkit_browser__checks.key_text=key_text70
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`,
"chatkit.browser._link": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__link=$B.namespace("chatkit.browser._link"),
locals=locals_chatkit_browser__link,
frame=["chatkit.browser._link",locals,"chatkit.browser._link",locals]
var __file__=locals.__file__="VFS.chatkit.browser._link.py"
locals.__name__="chatkit.browser._link"
locals.__doc__=''
frame.positions=[[12,67,0,56]]
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,12,'ClassDef')
var Link137=(function(name,bases,keywords){
$B.frame_obj.frame.inum=1
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Link",bases,resolved_bases)
var locals_chatkit_browser__link_Link=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__link_Link
locals.__doc__=''
locals.__module__='chatkit.browser._link'
locals.__firstlineno__=12
var frame=[name,locals,'chatkit.browser._link',locals_chatkit_browser__link]
$B.enter_frame(frame,__file__,12)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,15)
function __init__138(_self,_logger){
var locals
if(arguments.length==2&&!_logger?.$kw){
var locals_chatkit_browser__link_Link___init__=locals={self:_self,logger:_logger}
}else{
var locals_chatkit_browser__link_Link___init__=locals=$B.args_parser(__init__138,arguments)
}
var frame=["__init__",locals,"chatkit.browser._link",locals_chatkit_browser__link,__init__138]
$B.enter_frame(frame,__file__,15)
frame.positions=[[16,8,8],[17,8,11],[18,8,13],[19,8,14],[20,8,19]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__138,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,16)
$B.$setattr1(locals.self,"bus",_b_.None,1)
$B.set_lineno(frame,17)
$B.$setattr1(locals.self,"logger",locals.logger,3)
$B.set_lineno(frame,18)
$B.$setattr1(locals.self,"_pending",$B.$list([]),5)
$B.set_lineno(frame,19)
$B.$setattr1(locals.self,"_flushing",false,7)
$B.set_lineno(frame,20)
$B.$setattr1(locals.self,"_subscriptions",$B.$list([]),9)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__138.$is_method=true
__init__138.$function_infos=['chatkit.browser._link','__init__','Link.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','logger'],null,null,
2,15,3,[],0,0,['self','logger'],false,[],frame]
$B.set_func_attrs(__init__138,frame,'chatkit.browser._link')
__init__138.ob_type=$B.function
__init__138.__annotate__=_b_.None
locals_chatkit_browser__link_Link.__init__=__init__138
$B.set_lineno(frame,22)
var decorator139=_b_.property
$B.set_lineno(frame,23)
function pending140(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__link_Link_pending=locals={self:_self}
}else{
var locals_chatkit_browser__link_Link_pending=locals=$B.args_parser(pending140,arguments)
}
var frame=["pending",locals,"chatkit.browser._link",locals_chatkit_browser__link,pending140]
$B.enter_frame(frame,__file__,23)
frame.positions=[[25,15,18],[25,19,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(pending140,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,25)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.len,1,$B.$getattr_pep657(locals.self,'_pending',3)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
pending140.$is_method=true
pending140.$function_infos=['chatkit.browser._link','pending','Link.pending',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,23,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(pending140,frame,'chatkit.browser._link')
pending140.ob_type=$B.function
pending140.__annotate__=_b_.None
var decorated141=pending140
locals_chatkit_browser__link_Link.pending=$B.$call(decorator139,decorated141)
$B.set_lineno(frame,27)
function do142(_self,_what,_action){
var locals
if(arguments.length==3&&!_action?.$kw){
var locals_chatkit_browser__link_Link_do=locals={self:_self,what:_what,action:_action}
}else{
var locals_chatkit_browser__link_Link_do=locals=$B.args_parser(do142,arguments)
}
var frame=["do",locals,"chatkit.browser._link",locals_chatkit_browser__link,do142]
$B.enter_frame(frame,__file__,27)
frame.positions=[[29,11,8],[29,31,14],[30,12,36],[30,12,13],[32,12,23]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(do142,locals_chatkit_browser__link,"Link",['Link'])
if($B.set_lineno(frame,29)&&($B.$bool($B.$is($B.$getattr_pep657(locals.self,'bus',1),_b_.None))||$B.$bool($B.$getattr_pep657(locals.self,'_flushing',3)))){
$B.set_lineno(frame,30);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link_do.self,'_pending',7),'append',5,$B.fast_tuple([locals_chatkit_browser__link_Link_do.what,locals_chatkit_browser__link_Link_do.action]))
}else{
$B.set_lineno(frame,32);
$B.call_attr(locals_chatkit_browser__link_Link_do.self,'_run',9,locals_chatkit_browser__link_Link_do.what,locals_chatkit_browser__link_Link_do.action)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
do142.$is_method=true
do142.$function_infos=['chatkit.browser._link','do','Link.do',__file__,_b_.None,_b_.None,'',['self','what','action'],null,null,
3,27,3,[],0,0,['self','what','action'],false,[],frame]
$B.set_func_attrs(do142,frame,'chatkit.browser._link')
do142.ob_type=$B.function
do142.__annotate__=_b_.None
locals_chatkit_browser__link_Link.do=do142
$B.set_lineno(frame,34)
function attach143(_self,_bus){
var locals
if(arguments.length==2&&!_bus?.$kw){
var locals_chatkit_browser__link_Link_attach=locals={self:_self,bus:_bus}
}else{
var locals_chatkit_browser__link_Link_attach=locals=$B.args_parser(attach143,arguments)
}
var frame=["attach",locals,"chatkit.browser._link",locals_chatkit_browser__link,attach143]
$B.enter_frame(frame,__file__,34)
frame.positions=[[36,18,8],[38,29,8],[38,8,18],[38,18,8],[40,32,25],[40,37,19],[40,32,25],[41,16,22],[42,8,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(attach143,locals_chatkit_browser__link,"Link",['Link'])
if($B.set_lineno(frame,36)&&$B.$bool($B.$is(locals.bus,$B.$getattr_pep657(locals.self,'bus',1)))){
$B.set_lineno(frame,37)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,38)
var v144=$B.fast_tuple([$B.$getattr_pep657(locals.self,'bus',3),locals.bus])
var it_145=$B.unpacker(v144,2,false,5)
locals_chatkit_browser__link_Link_attach.previous=it_145.read_one()
$B.$setattr1(locals.self,"bus",it_145.read_one(),7)
if($B.set_lineno(frame,39)&&$B.$bool(!$B.$is(locals.previous,_b_.None))){
frame.$lineno=40
var no_break_146=true,
iterator_146=$B.$call_with_position(_b_.list,9,$B.$getattr_pep657(locals_chatkit_browser__link_Link_attach.self,'_subscriptions',11))
iterator_146[$B.INUM]=13
for(var next_146 of $B.make_js_iterator(iterator_146,frame,40)){
locals_chatkit_browser__link_Link_attach.subscription=next_146
$B.set_lineno(frame,41);
$B.call_attr(locals.subscription,'move',15,locals_chatkit_browser__link_Link_attach.bus)
}
}
$B.set_lineno(frame,42);
$B.call_attr(locals.self,'_flush',17,)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
attach143.$is_method=true
attach143.$function_infos=['chatkit.browser._link','attach','Link.attach',__file__,_b_.None,_b_.None,'',['self','bus'],null,null,
2,34,3,[],0,0,['self','bus','previous','subscription'],false,[],frame]
$B.set_func_attrs(attach143,frame,'chatkit.browser._link')
attach143.ob_type=$B.function
attach143.__annotate__=_b_.None
locals_chatkit_browser__link_Link.attach=attach143
$B.set_lineno(frame,44)
function track147(_self,_subscription){
var locals
if(arguments.length==2&&!_subscription?.$kw){
var locals_chatkit_browser__link_Link_track=locals={self:_self,subscription:_subscription}
}else{
var locals_chatkit_browser__link_Link_track=locals=$B.args_parser(track147,arguments)
}
var frame=["track",locals,"chatkit.browser._link",locals_chatkit_browser__link,track147]
$B.enter_frame(frame,__file__,44)
frame.positions=[[45,31,19],[46,12,40],[46,12,19]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(track147,locals_chatkit_browser__link,"Link",['Link'])
if($B.set_lineno(frame,45)&&$B.$bool(!$B.$is_member(locals.subscription,$B.$getattr_pep657(locals.self,'_subscriptions',1)))){
$B.set_lineno(frame,46);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link_track.self,'_subscriptions',5),'append',3,locals_chatkit_browser__link_Link_track.subscription)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
track147.$is_method=true
track147.$function_infos=['chatkit.browser._link','track','Link.track',__file__,_b_.None,_b_.None,_b_.None,['self','subscription'],null,null,
2,44,3,[],0,0,['self','subscription'],false,[],frame]
$B.set_func_attrs(track147,frame,'chatkit.browser._link')
track147.ob_type=$B.function
track147.__annotate__=_b_.None
locals_chatkit_browser__link_Link.track=track147
$B.set_lineno(frame,48)
function forget148(_self,_subscription){
var locals
if(arguments.length==2&&!_subscription?.$kw){
var locals_chatkit_browser__link_Link_forget=locals={self:_self,subscription:_subscription}
}else{
var locals_chatkit_browser__link_Link_forget=locals=$B.args_parser(forget148,arguments)
}
var frame=["forget",locals,"chatkit.browser._link",locals_chatkit_browser__link,forget148]
$B.enter_frame(frame,__file__,48)
frame.positions=[[49,27,19],[50,12,40],[50,12,19]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(forget148,locals_chatkit_browser__link,"Link",['Link'])
if($B.set_lineno(frame,49)&&$B.$bool($B.$is_member(locals.subscription,$B.$getattr_pep657(locals.self,'_subscriptions',1)))){
$B.set_lineno(frame,50);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link_forget.self,'_subscriptions',5),'remove',3,locals_chatkit_browser__link_Link_forget.subscription)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
forget148.$is_method=true
forget148.$function_infos=['chatkit.browser._link','forget','Link.forget',__file__,_b_.None,_b_.None,_b_.None,['self','subscription'],null,null,
2,48,3,[],0,0,['self','subscription'],false,[],frame]
$B.set_func_attrs(forget148,frame,'chatkit.browser._link')
forget148.ob_type=$B.function
forget148.__annotate__=_b_.None
locals_chatkit_browser__link_Link.forget=forget148
$B.set_lineno(frame,52)
function _flush149(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__link_Link__flush=locals={self:_self}
}else{
var locals_chatkit_browser__link_Link__flush=locals=$B.args_parser(_flush149,arguments)
}
var frame=["_flush",locals,"chatkit.browser._link",locals_chatkit_browser__link,_flush149]
$B.enter_frame(frame,__file__,52)
frame.positions=[[53,8,14],[55,18,13],[56,31,20],[56,31,13],[56,16,12],[57,16,23],[59,12,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_flush149,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,53)
$B.$setattr1(locals.self,"_flushing",true,1)
$B.set_lineno(frame,54)
try{
var stack_length_150=$B.count_frames()
var save_frame_obj_150=$B.frame_obj
var no_break_151=true
while($B.set_lineno(frame,55)&&$B.$bool($B.$getattr_pep657(locals_chatkit_browser__link_Link__flush.self,'_pending',3))){
$B.set_lineno(frame,56)
var v152=$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link__flush.self,'_pending',7),'pop',5,0)
var it_153=$B.unpacker(v152,2,false,9)
locals_chatkit_browser__link_Link__flush.what=it_153.read_one()
locals_chatkit_browser__link_Link__flush.action=it_153.read_one()
$B.set_lineno(frame,57);
$B.call_attr(locals_chatkit_browser__link_Link__flush.self,'_run',11,locals.what,locals.action)
}
}finally{
var exit=false
if($B.count_frames()<stack_length_150){
exit=true
$B.frame_obj=$B.push_frame(frame)
}
$B.set_lineno(frame,59)
$B.$setattr1(locals_chatkit_browser__link_Link__flush.self,"_flushing",false,13)
if(exit){
$B.leave_frame()
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_flush149.$is_method=true
_flush149.$function_infos=['chatkit.browser._link','_flush','Link._flush',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,52,3,[],0,0,['self','what','action'],false,[],frame]
$B.set_func_attrs(_flush149,frame,'chatkit.browser._link')
_flush149.ob_type=$B.function
_flush149.__annotate__=_b_.None
locals_chatkit_browser__link_Link._flush=_flush149
$B.set_lineno(frame,61)
function _run154(_self,_what,_action){
var locals
if(arguments.length==3&&!_action?.$kw){
var locals_chatkit_browser__link_Link__run=locals={self:_self,what:_what,action:_action}
}else{
var locals_chatkit_browser__link_Link__run=locals=$B.args_parser(_run154,arguments)
}
var frame=["_run",locals,"chatkit.browser._link",locals_chatkit_browser__link,_run154]
$B.enter_frame(frame,__file__,61)
frame.positions=[[65,12,16],[65,19,8],[67,12,44],[67,12,11],[67,30,18]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_run154,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,64)
try{
var stack_length_155=$B.count_frames()
var save_frame_obj_155=$B.frame_obj
$B.set_lineno(frame,65);
$B.$call_with_position(locals_chatkit_browser__link_Link__run.action,1,$B.$getattr_pep657(locals_chatkit_browser__link_Link__run.self,'bus',3))
}catch(err155){
$B.set_exc_and_trace(frame,err155)
if($B.set_lineno(frame,66)&&$B.is_exc(err155,[_b_.Exception])){
locals.error=err155
$B.set_lineno(frame,67);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link__run.self,'logger',7),'error',5,$B.rich_op('__mod__','%s failed',locals_chatkit_browser__link_Link__run.what,9),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_155
}else{
throw err155
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_run154.$is_method=true
_run154.$function_infos=['chatkit.browser._link','_run','Link._run',__file__,_b_.None,_b_.None,_b_.None,['self','what','action'],null,null,
3,61,3,[],0,0,['self','what','action','error'],false,[],frame]
$B.set_func_attrs(_run154,frame,'chatkit.browser._link')
_run154.ob_type=$B.function
_run154.__annotate__=_b_.None
locals_chatkit_browser__link_Link._run=_run154
locals.__static_attributes__=$B.fast_tuple(["bus","logger","_pending","_flushing","_subscriptions"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Link',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Link',$B.fast_tuple([]),{})
locals_chatkit_browser__link.Link=Link137
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`,
"chatkit.browser._subscription": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__subscription=$B.namespace("chatkit.browser._subscription"),
locals=locals_chatkit_browser__subscription,
frame=["chatkit.browser._subscription",locals,"chatkit.browser._subscription",locals]
var __file__=locals.__file__="VFS.chatkit.browser._subscription.py"
locals.__name__="chatkit.browser._subscription"
locals.__doc__=''
frame.positions=[[7,58,0,83]]
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,7,'ClassDef')
var Subscription156=(function(name,bases,keywords){
$B.frame_obj.frame.inum=1
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Subscription",bases,resolved_bases)
var locals_chatkit_browser__subscription_Subscription=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__subscription_Subscription
locals.__doc__=''
locals.__module__='chatkit.browser._subscription'
locals.__firstlineno__=7
var frame=[name,locals,'chatkit.browser._subscription',locals_chatkit_browser__subscription]
$B.enter_frame(frame,__file__,7)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,14)
function __init__157(_self,_topic,_handler,_link){
var locals
if(arguments.length==4&&!_link?.$kw){
var locals_chatkit_browser__subscription_Subscription___init__=locals={self:_self,topic:_topic,handler:_handler,link:_link}
}else{
var locals_chatkit_browser__subscription_Subscription___init__=locals=$B.args_parser(__init__157,arguments)
}
var frame=["__init__",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,__init__157]
$B.enter_frame(frame,__file__,14)
frame.positions=[[15,8,10],[16,8,12],[17,8,11],[18,8,10],[19,8,22]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__157,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,15)
$B.$setattr1(locals.self,"topic",locals.topic,1)
$B.set_lineno(frame,16)
$B.$setattr1(locals.self,"handler",locals.handler,3)
$B.set_lineno(frame,17)
$B.$setattr1(locals.self,"active",true,5)
$B.set_lineno(frame,18)
$B.$setattr1(locals.self,"_link",locals.link,7)
$B.set_lineno(frame,19)
$B.$setattr1(locals.self,"_bus_subscription",_b_.None,9)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__157.$is_method=true
__init__157.$function_infos=['chatkit.browser._subscription','__init__','Subscription.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','topic','handler','link'],null,null,
4,14,3,[],0,0,['self','topic','handler','link'],false,[],frame]
$B.set_func_attrs(__init__157,frame,'chatkit.browser._subscription')
__init__157.ob_type=$B.function
__init__157.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.__init__=__init__157
$B.set_lineno(frame,21)
function connect158(_self,_bus){
var locals
if(arguments.length==2&&!_bus?.$kw){
var locals_chatkit_browser__subscription_Subscription_connect=locals={self:_self,bus:_bus}
}else{
var locals_chatkit_browser__subscription_Subscription_connect=locals=$B.args_parser(connect158,arguments)
}
var frame=["connect",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,connect158]
$B.enter_frame(frame,__file__,21)
frame.positions=[[23,11,11],[24,37,39],[24,51,10],[24,63,12],[24,12,22],[25,12,22],[25,12,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(connect158,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
if($B.set_lineno(frame,23)&&$B.$bool($B.$getattr_pep657(locals.self,'active',1))){
$B.set_lineno(frame,24)
$B.$setattr1(locals_chatkit_browser__subscription_Subscription_connect.self,"_bus_subscription",$B.call_attr(locals_chatkit_browser__subscription_Subscription_connect.bus,'subscribe',3,$B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_connect.self,'topic',5),$B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_connect.self,'deliver',7)),9)
$B.set_lineno(frame,25);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_connect.self,'_link',13),'track',11,locals_chatkit_browser__subscription_Subscription_connect.self)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
connect158.$is_method=true
connect158.$function_infos=['chatkit.browser._subscription','connect','Subscription.connect',__file__,_b_.None,_b_.None,'',['self','bus'],null,null,
2,21,3,[],0,0,['self','bus'],false,[],frame]
$B.set_func_attrs(connect158,frame,'chatkit.browser._subscription')
connect158.ob_type=$B.function
connect158.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.connect=connect158
$B.set_lineno(frame,27)
function move159(_self,_bus){
var locals
if(arguments.length==2&&!_bus?.$kw){
var locals_chatkit_browser__subscription_Subscription_move=locals={self:_self,bus:_bus}
}else{
var locals_chatkit_browser__subscription_Subscription_move=locals=$B.args_parser(move159,arguments)
}
var frame=["move",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,move159]
$B.enter_frame(frame,__file__,27)
frame.positions=[[29,8,19],[30,8,17]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(move159,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,29);
$B.call_attr(locals.self,'_unsubscribe',1,)
$B.set_lineno(frame,30);
$B.call_attr(locals.self,'connect',3,locals.bus)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
move159.$is_method=true
move159.$function_infos=['chatkit.browser._subscription','move','Subscription.move',__file__,_b_.None,_b_.None,'',['self','bus'],null,null,
2,27,3,[],0,0,['self','bus'],false,[],frame]
$B.set_func_attrs(move159,frame,'chatkit.browser._subscription')
move159.ob_type=$B.function
move159.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.move=move159
$B.set_lineno(frame,32)
function deliver160(_self,_data){
var locals
if(arguments.length==2&&!_data?.$kw){
var locals_chatkit_browser__subscription_Subscription_deliver=locals={self:_self,data:_data}
}else{
var locals_chatkit_browser__subscription_Subscription_deliver=locals=$B.args_parser(deliver160,arguments)
}
var frame=["deliver",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,deliver160]
$B.enter_frame(frame,__file__,32)
frame.positions=[[34,15,11],[37,12,18],[39,40,12,42],[39,12,17],[39,12,10],[39,36,62],[39,66,19],[39,66,5],[39,72,12],[39,87,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(deliver160,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
if($B.set_lineno(frame,34)&&$B.$bool(!$B.$bool($B.$getattr_pep657(locals.self,'active',1)))){
$B.set_lineno(frame,35)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,36)
try{
var stack_length_161=$B.count_frames()
var save_frame_obj_161=$B.frame_obj
$B.set_lineno(frame,37);
$B.call_attr(locals_chatkit_browser__subscription_Subscription_deliver.self,'handler',3,locals_chatkit_browser__subscription_Subscription_deliver.data)
}catch(err161){
$B.set_exc_and_trace(frame,err161)
if($B.set_lineno(frame,38)&&$B.is_exc(err161,[_b_.Exception])){
locals.error=err161
$B.set_lineno(frame,39);
$B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_deliver.self,'_link',9),'logger',7),'error',5,$B.rich_op('__mod__','handler %s for %s failed',$B.fast_tuple([$B.$call_with_position($B.resolve_in_scopes('_name',[locals_chatkit_browser__subscription_Subscription_deliver,locals_chatkit_browser__subscription,_b_],15),13,$B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_deliver.self,'handler',17)),$B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_deliver.self,'topic',19)]),11),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_161
}else{
throw err161
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
deliver160.$is_method=true
deliver160.$function_infos=['chatkit.browser._subscription','deliver','Subscription.deliver',__file__,_b_.None,_b_.None,'',['self','data'],null,null,
2,32,3,[],0,0,['self','data','error'],false,[],frame]
$B.set_func_attrs(deliver160,frame,'chatkit.browser._subscription')
deliver160.ob_type=$B.function
deliver160.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.deliver=deliver160
$B.set_lineno(frame,42)
function remove162(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__subscription_Subscription_remove=locals={self:_self}
}else{
var locals_chatkit_browser__subscription_Subscription_remove=locals=$B.args_parser(remove162,arguments)
}
var frame=["remove",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,remove162]
$B.enter_frame(frame,__file__,42)
frame.positions=[[44,8,11],[45,8,19],[46,8,23],[46,8,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(remove162,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,44)
$B.$setattr1(locals.self,"active",false,1)
$B.set_lineno(frame,45);
$B.call_attr(locals.self,'_unsubscribe',3,)
$B.set_lineno(frame,46);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',7),'forget',5,locals.self)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
remove162.$is_method=true
remove162.$function_infos=['chatkit.browser._subscription','remove','Subscription.remove',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,42,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(remove162,frame,'chatkit.browser._subscription')
remove162.ob_type=$B.function
remove162.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.remove=remove162
$B.set_lineno(frame,48)
function _unsubscribe163(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__subscription_Subscription__unsubscribe=locals={self:_self}
}else{
var locals_chatkit_browser__subscription_Subscription__unsubscribe=locals=$B.args_parser(_unsubscribe163,arguments)
}
var frame=["_unsubscribe",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,_unsubscribe163]
$B.enter_frame(frame,__file__,48)
frame.positions=[[49,47,22],[49,8,36],[49,22,22],[52,16,21],[54,16,59],[54,16,17],[54,16,10],[54,40,27]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_unsubscribe163,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,49)
var v164=$B.fast_tuple([$B.$getattr_pep657(locals.self,'_bus_subscription',1),_b_.None])
var it_165=$B.unpacker(v164,2,false,3)
locals_chatkit_browser__subscription_Subscription__unsubscribe.subscription=it_165.read_one()
$B.$setattr1(locals.self,"_bus_subscription",it_165.read_one(),5)
if($B.set_lineno(frame,50)&&$B.$bool(!$B.$is(locals.subscription,_b_.None))){
$B.set_lineno(frame,51)
try{
var stack_length_166=$B.count_frames()
var save_frame_obj_166=$B.frame_obj
$B.set_lineno(frame,52);
$B.call_attr(locals_chatkit_browser__subscription_Subscription__unsubscribe.subscription,'remove',7,)
}catch(err166){
$B.set_exc_and_trace(frame,err166)
if($B.set_lineno(frame,53)&&$B.is_exc(err166,[_b_.Exception])){
locals.error=err166
$B.set_lineno(frame,54);
$B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription__unsubscribe.self,'_link',13),'logger',11),'error',9,$B.rich_op('__mod__','removing %r failed',locals_chatkit_browser__subscription_Subscription__unsubscribe.self,15),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_166
}else{
throw err166
}
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_unsubscribe163.$is_method=true
_unsubscribe163.$function_infos=['chatkit.browser._subscription','_unsubscribe','Subscription._unsubscribe',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,48,3,[],0,0,['self','subscription','error'],false,[],frame]
$B.set_func_attrs(_unsubscribe163,frame,'chatkit.browser._subscription')
_unsubscribe163.ob_type=$B.function
_unsubscribe163.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription._unsubscribe=_unsubscribe163
$B.set_lineno(frame,56)
function __repr__168(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__subscription_Subscription___repr__=locals={self:_self}
}else{
var locals_chatkit_browser__subscription_Subscription___repr__=locals=$B.args_parser(__repr__168,arguments)
}
var frame=["__repr__",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,__repr__168]
$B.enter_frame(frame,__file__,56)
frame.positions=[[57,28,11],[58,15,68],[58,44,10],[58,56,19],[58,56,5],[58,62,12]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__168,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,57)
locals_chatkit_browser__subscription_Subscription___repr__.state=($B.$bool($B.$getattr_pep657(locals.self,'active',1))?'active':'removed')
$B.set_lineno(frame,58)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','<Subscription %s %s %s>',$B.fast_tuple([$B.$getattr_pep657(locals.self,'topic',5),$B.$call_with_position($B.resolve_in_scopes('_name',[locals_chatkit_browser__subscription_Subscription___repr__,locals_chatkit_browser__subscription,_b_],9),7,$B.$getattr_pep657(locals.self,'handler',11)),locals.state]),3))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__168.$is_method=true
__repr__168.$function_infos=['chatkit.browser._subscription','__repr__','Subscription.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,56,3,[],0,0,['self','state'],false,[],frame]
$B.set_func_attrs(__repr__168,frame,'chatkit.browser._subscription')
__repr__168.ob_type=$B.function
__repr__168.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.__repr__=__repr__168
locals.__static_attributes__=$B.fast_tuple(["topic","handler","active","_link","_bus_subscription"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Subscription',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Subscription',$B.fast_tuple([]),{})
locals_chatkit_browser__subscription.Subscription=Subscription156
$B.set_lineno(frame,61)
function _name169(_handler){
var locals
if(arguments.length==1&&!_handler?.$kw){
var locals_chatkit_browser__subscription__name=locals={handler:_handler}
}else{
var locals_chatkit_browser__subscription__name=locals=$B.args_parser(_name169,arguments)
}
var frame=["_name",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,_name169]
$B.enter_frame(frame,__file__,61)
frame.positions=[[62,11,38],[62,53,43],[62,82,13]]
try{
$B.js_this=this
$B.set_lineno(frame,62)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.$call_with_position(_b_.getattr,1,locals.handler,'__qualname__',_b_.None))?locals.$test:$B.$call_with_position(_b_.getattr,3,locals.handler,'__name__',$B.$call_with_position(_b_.repr,5,locals.handler))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_name169.$function_infos=['chatkit.browser._subscription','_name','_name',__file__,_b_.None,_b_.None,_b_.None,['handler'],null,null,
1,61,3,[],0,0,['handler'],false,[],frame]
$B.set_func_attrs(_name169,frame,'chatkit.browser._subscription')
_name169.ob_type=$B.function
_name169.__annotate__=_b_.None
locals_chatkit_browser__subscription._name=_name169
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`,
"chatkit.rules.topics": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_rules_topics=$B.namespace("chatkit.rules.topics"),
locals=locals_chatkit_rules_topics,
frame=["chatkit.rules.topics",locals,"chatkit.rules.topics",locals]
var __file__=locals.__file__="VFS.chatkit.rules.topics.py"
locals.__name__="chatkit.rules.topics"
locals.__doc__=''
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,3)
locals_chatkit_rules_topics.SET_INFO='customer:set-info'
$B.set_lineno(frame,4)
locals_chatkit_rules_topics.RESET_INFO='customer:reset-info'
$B.set_lineno(frame,5)
locals_chatkit_rules_topics.INFO_SENT='customer:info-sent'
$B.set_lineno(frame,6)
locals_chatkit_rules_topics.SET_LANGUAGE='chat:set-language'
$B.set_lineno(frame,7)
locals_chatkit_rules_topics.SET_VARIABLES='chat:set-variables'
$B.set_lineno(frame,8)
locals_chatkit_rules_topics.SET_SYSTEM_MESSAGES='chat:set-system-messages'
$B.set_lineno(frame,9)
locals_chatkit_rules_topics.TRIGGER_INVITATION='chat:trigger-invitation'
$B.set_lineno(frame,10)
locals_chatkit_rules_topics.TRIGGER_PRE_CHAT='chat:trigger-pre-chat'
$B.set_lineno(frame,11)
locals_chatkit_rules_topics.TRIGGER_CHAT_WINDOW='chat:trigger-chat-window'
$B.set_lineno(frame,12)
locals_chatkit_rules_topics.END='chat:end'
$B.set_lineno(frame,14)
locals_chatkit_rules_topics.COMMANDS=$B.fast_tuple([locals.SET_INFO,locals.RESET_INFO,locals.SET_LANGUAGE,locals.SET_VARIABLES,locals.SET_SYSTEM_MESSAGES,locals.TRIGGER_INVITATION,locals.TRIGGER_PRE_CHAT,locals.TRIGGER_CHAT_WINDOW,locals.END])
$B.set_lineno(frame,16)
locals_chatkit_rules_topics.EVENTS=$B.fast_tuple([locals.INFO_SENT])
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`,
"chatkit.browser._chat": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__chat=$B.namespace("chatkit.browser._chat"),
locals=locals_chatkit_browser__chat,
frame=["chatkit.browser._chat",locals,"chatkit.browser._chat",locals]
var __file__=locals.__file__="VFS.chatkit.browser._chat.py"
locals.__name__="chatkit.browser._chat"
locals.__doc__=''
frame.positions=[[11,17,0,1],[18,0,38],[19,0,54],[20,0,42],[21,0,32],[22,0,45],[25,10,8],[28,35,0,99],[38,66,0,46],[69,202,0,45]]
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,11)
$B.$import_from("chatkit.browser._checks",'check_customer_info',{},0,locals,1)
$B.$import_from("chatkit.browser._checks",'check_dict',{},0,locals,1)
$B.$import_from("chatkit.browser._checks",'check_language',{},0,locals,1)
$B.$import_from("chatkit.browser._checks",'check_system_messages',{},0,locals,1)
$B.$import_from("chatkit.browser._checks",'check_variables',{},0,locals,1)
$B.set_lineno(frame,18)
$B.$import_from("chatkit.browser._link",'Link',{},0,locals,3)
$B.set_lineno(frame,19)
$B.$import_from("chatkit.browser._subscription",'Subscription',{},0,locals,5)
$B.set_lineno(frame,20)
$B.$import_from("chatkit.errors",'ValidationError',{},0,locals,7)
$B.set_lineno(frame,21)
$B.$import_from("chatkit.rules",'topics',{},0,locals,9)
$B.set_lineno(frame,22)
$B.$import_from("chatkit.rules.customer",'InfoReport',{},0,locals,11)
$B.set_lineno(frame,25)
locals_chatkit_browser__chat.NO_DATA=$B.$call_with_position(_b_.object,13,)
$B.set_lineno(frame,28,'ClassDef')
var PrintLogger1=(function(name,bases,keywords){
$B.frame_obj.frame.inum=15
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"PrintLogger",bases,resolved_bases)
var locals_chatkit_browser__chat_PrintLogger=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__chat_PrintLogger
locals.__doc__=''
locals.__module__='chatkit.browser._chat'
locals.__firstlineno__=28
var frame=[name,locals,'chatkit.browser._chat',locals_chatkit_browser__chat]
$B.enter_frame(frame,__file__,28)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,31)
function warn2(_self,_message){
var locals
if(arguments.length==2&&!_message?.$kw){
var locals_chatkit_browser__chat_PrintLogger_warn=locals={self:_self,message:_message}
}else{
var locals_chatkit_browser__chat_PrintLogger_warn=locals=$B.args_parser(warn2,arguments)
}
var frame=["warn",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,warn2]
$B.enter_frame(frame,__file__,31)
frame.positions=[[32,8,28],[32,14,21]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(warn2,locals_chatkit_browser__chat,"PrintLogger",['PrintLogger'])
$B.set_lineno(frame,32);
$B.$call_with_position(_b_.print,1,$B.rich_op('__add__','chatkit: ',locals.message,3))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
warn2.$is_method=true
warn2.$function_infos=['chatkit.browser._chat','warn','PrintLogger.warn',__file__,_b_.None,_b_.None,_b_.None,['self','message'],null,null,
2,31,3,[],0,0,['self','message'],false,[],frame]
$B.set_func_attrs(warn2,frame,'chatkit.browser._chat')
warn2.ob_type=$B.function
warn2.__annotate__=_b_.None
locals_chatkit_browser__chat_PrintLogger.warn=warn2
$B.set_lineno(frame,34)
function error3(_self,_message,_error){
var locals
var locals_chatkit_browser__chat_PrintLogger_error=locals=$B.args_parser(error3,arguments)
var frame=["error",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,error3]
$B.enter_frame(frame,__file__,34)
frame.positions=[[35,8,91],[35,14,36],[35,77,21]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(error3,locals_chatkit_browser__chat,"PrintLogger",['PrintLogger'])
$B.set_lineno(frame,35);
$B.$call_with_position(_b_.print,1,($B.$bool(!$B.$is(locals.error,_b_.None))?$B.rich_op('__mod__','chatkit: %s: %r',$B.fast_tuple([locals.message,locals.error]),3):$B.rich_op('__add__','chatkit: ',locals.message,5)))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
error3.$is_method=true
error3.$function_infos=['chatkit.browser._chat','error','PrintLogger.error',__file__,[_b_.None],_b_.None,_b_.None,['self','message','error'],null,null,
3,34,3,[],0,0,['self','message','error'],false,[],frame]
$B.set_func_attrs(error3,frame,'chatkit.browser._chat')
error3.ob_type=$B.function
error3.__annotate__=_b_.None
locals_chatkit_browser__chat_PrintLogger.error=error3
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('PrintLogger',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('PrintLogger',$B.fast_tuple([]),{})
locals_chatkit_browser__chat.PrintLogger=PrintLogger1
$B.set_lineno(frame,38,'ClassDef')
var Customer4=(function(name,bases,keywords){
$B.frame_obj.frame.inum=17
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Customer",bases,resolved_bases)
var locals_chatkit_browser__chat_Customer=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__chat_Customer
locals.__doc__=''
locals.__module__='chatkit.browser._chat'
locals.__firstlineno__=38
var frame=[name,locals,'chatkit.browser._chat',locals_chatkit_browser__chat]
$B.enter_frame(frame,__file__,38)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,41)
function __init__5(_self,_chat){
var locals
if(arguments.length==2&&!_chat?.$kw){
var locals_chatkit_browser__chat_Customer___init__=locals={self:_self,chat:_chat}
}else{
var locals_chatkit_browser__chat_Customer___init__=locals=$B.args_parser(__init__5,arguments)
}
var frame=["__init__",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,__init__5]
$B.enter_frame(frame,__file__,41)
frame.positions=[[42,8,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__5,locals_chatkit_browser__chat,"Customer",['Customer'])
$B.set_lineno(frame,42)
$B.$setattr1(locals.self,"_chat",locals.chat,1)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__5.$is_method=true
__init__5.$function_infos=['chatkit.browser._chat','__init__','Customer.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','chat'],null,null,
2,41,3,[],0,0,['self','chat'],false,[],frame]
$B.set_func_attrs(__init__5,frame,'chatkit.browser._chat')
__init__5.ob_type=$B.function
__init__5.__annotate__=_b_.None
locals_chatkit_browser__chat_Customer.__init__=__init__5
$B.set_lineno(frame,44)
function set_info6(_self,_info){
var locals
if(arguments.length==2&&!_info?.$kw){
var locals_chatkit_browser__chat_Customer_set_info=locals={self:_self,info:_info}
}else{
var locals_chatkit_browser__chat_Customer_set_info=locals=$B.args_parser(set_info6,arguments)
}
var frame=["set_info",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_info6]
$B.enter_frame(frame,__file__,44)
frame.positions=[[51,19,42],[53,12,45],[53,12,10],[53,41,15],[54,19,12],[55,27,48],[55,47,27],[55,47,10],[55,8,16],[56,8,45],[56,8,10],[56,37,15],[57,11,15],[58,12,59],[58,12,10],[58,32,15],[58,49,21],[58,54,15]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_info6,locals_chatkit_browser__chat,"Customer",['Customer'])
$B.set_lineno(frame,51)
locals_chatkit_browser__chat_Customer_set_info.problems=$B.$call_with_position(locals_chatkit_browser__chat.check_dict,1,locals.info,'chat.customer.set_info')
if($B.set_lineno(frame,52)&&$B.$bool(locals.problems)){
$B.set_lineno(frame,53);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__chat_Customer_set_info.self,'_chat',5),'_reject',3,locals_chatkit_browser__chat_Customer_set_info.problems,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_INFO',7))
$B.set_lineno(frame,54)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_browser__chat.InfoReport,9,))
}
$B.set_lineno(frame,55)
var v7=$B.$call_with_position(locals_chatkit_browser__chat.check_customer_info,11,$B.call_attr($B.$getattr_pep657(locals.self,'_chat',15),'_from_page',13,locals.info))
var it_8=$B.unpacker(v7,2,false,17)
locals_chatkit_browser__chat_Customer_set_info.report=it_8.read_one()
var $temp=it_8.read_one()
$B.delete_for_reassign('problems',locals_chatkit_browser__chat_Customer_set_info)
locals_chatkit_browser__chat_Customer_set_info.problems=$temp
$B.set_lineno(frame,56);
$B.call_attr($B.$getattr_pep657(locals.self,'_chat',21),'_reject',19,locals.problems,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_INFO',23))
if($B.set_lineno(frame,57)&&$B.$bool($B.$getattr_pep657(locals.report,'accepted',25))){
$B.set_lineno(frame,58);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__chat_Customer_set_info.self,'_chat',29),'_publish',27,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_INFO',31),$B.$call_with_position(_b_.dict,33,$B.$getattr_pep657(locals_chatkit_browser__chat_Customer_set_info.report,'accepted',35)))
}
$B.set_lineno(frame,59)
return $B.trace_return_and_leave(frame,locals.report)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_info6.$is_method=true
set_info6.$function_infos=['chatkit.browser._chat','set_info','Customer.set_info',__file__,_b_.None,_b_.None,'',['self','info'],null,null,
2,44,3,[],0,0,['self','info','problems','report'],false,[],frame]
$B.set_func_attrs(set_info6,frame,'chatkit.browser._chat')
set_info6.ob_type=$B.function
set_info6.__annotate__=_b_.None
locals_chatkit_browser__chat_Customer.set_info=set_info6
$B.set_lineno(frame,61)
function reset_info9(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Customer_reset_info=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Customer_reset_info=locals=$B.args_parser(reset_info9,arguments)
}
var frame=["reset_info",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,reset_info9]
$B.enter_frame(frame,__file__,61)
frame.positions=[[66,8,38],[66,8,10],[66,28,17]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(reset_info9,locals_chatkit_browser__chat,"Customer",['Customer'])
$B.set_lineno(frame,66);
$B.call_attr($B.$getattr_pep657(locals.self,'_chat',3),'_publish',1,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'RESET_INFO',5))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
reset_info9.$is_method=true
reset_info9.$function_infos=['chatkit.browser._chat','reset_info','Customer.reset_info',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,61,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(reset_info9,frame,'chatkit.browser._chat')
reset_info9.ob_type=$B.function
reset_info9.__annotate__=_b_.None
locals_chatkit_browser__chat_Customer.reset_info=reset_info9
locals.__static_attributes__=$B.fast_tuple(["_chat"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Customer',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Customer',$B.fast_tuple([]),{})
locals_chatkit_browser__chat.Customer=Customer4
$B.set_lineno(frame,69,'ClassDef')
var Chat10=(function(name,bases,keywords){
$B.frame_obj.frame.inum=19
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Chat",bases,resolved_bases)
var locals_chatkit_browser__chat_Chat=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__chat_Chat
locals.__doc__=''
locals.__module__='chatkit.browser._chat'
locals.__firstlineno__=69
var frame=[name,locals,'chatkit.browser._chat',locals_chatkit_browser__chat]
$B.enter_frame(frame,__file__,69)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
frame.positions=[[92,5,13]]
$B.set_lineno(frame,77)
function __init__11(_self,_logger,_messages_for,_page_value){
var locals
var locals_chatkit_browser__chat_Chat___init__=locals=$B.args_parser(__init__11,arguments)
var frame=["__init__",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,__init__11]
$B.enter_frame(frame,__file__,77)
frame.positions=[[78,8,11],[79,24,14],[79,8,13],[81,8,17],[84,8,15],[85,21,29],[85,36,13],[85,8,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__11,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,78)
$B.$setattr1(locals.self,"strict",false,1)
$B.set_lineno(frame,79)
$B.$setattr1(locals.self,"customer",$B.$call_with_position(locals_chatkit_browser__chat.Customer,3,locals.self),5)
$B.set_lineno(frame,81)
$B.$setattr1(locals.self,"messages_for",locals.messages_for,7)
$B.set_lineno(frame,84)
$B.$setattr1(locals.self,"page_value",locals.page_value,9)
$B.set_lineno(frame,85)
$B.$setattr1(locals.self,"_link",$B.$call_with_position(locals_chatkit_browser__chat.Link,11,($B.$bool(locals.$test=locals.logger)?locals.$test:$B.$call_with_position(locals_chatkit_browser__chat.PrintLogger,13,))),15)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__11.$is_method=true
__init__11.$function_infos=['chatkit.browser._chat','__init__','Chat.__init__',__file__,[_b_.None,_b_.None,_b_.None],_b_.None,_b_.None,['self','logger','messages_for','page_value'],null,null,
4,77,3,[],0,0,['self','logger','messages_for','page_value'],false,[],frame]
$B.set_func_attrs(__init__11,frame,'chatkit.browser._chat')
__init__11.ob_type=$B.function
__init__11.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.__init__=__init__11
$B.set_lineno(frame,87)
var decorator12=_b_.property
$B.set_lineno(frame,88)
function logger13(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_logger=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_logger=locals=$B.args_parser(logger13,arguments)
}
var frame=["logger",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,logger13]
$B.enter_frame(frame,__file__,88)
frame.positions=[[90,15,17],[90,15,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(logger13,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,90)
return $B.trace_return_and_leave(frame,$B.$getattr_pep657($B.$getattr_pep657(locals.self,'_link',3),'logger',1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
logger13.$is_method=true
logger13.$function_infos=['chatkit.browser._chat','logger','Chat.logger',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,88,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(logger13,frame,'chatkit.browser._chat')
logger13.ob_type=$B.function
logger13.__annotate__=_b_.None
var decorated14=logger13
locals_chatkit_browser__chat_Chat.logger=$B.$call(decorator12,decorated14)
$B.set_lineno(frame,92)
var decorator15=$B.$getattr_pep657(locals.logger,'setter',1)
$B.set_lineno(frame,93)
function logger16(_self,_logger){
var locals
if(arguments.length==2&&!_logger?.$kw){
var locals_chatkit_browser__chat_Chat_logger=locals={self:_self,logger:_logger}
}else{
var locals_chatkit_browser__chat_Chat_logger=locals=$B.args_parser(logger16,arguments)
}
var frame=["logger",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,logger16]
$B.enter_frame(frame,__file__,93)
frame.positions=[[94,8,17],[94,8,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(logger16,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,94)
$B.$setattr1($B.$getattr_pep657(locals.self,'_link',3),"logger",locals.logger,1)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
logger16.$is_method=true
logger16.$function_infos=['chatkit.browser._chat','logger','Chat.logger',__file__,_b_.None,_b_.None,_b_.None,['self','logger'],null,null,
2,93,3,[],0,0,['self','logger'],false,[],frame]
$B.set_func_attrs(logger16,frame,'chatkit.browser._chat')
logger16.ob_type=$B.function
logger16.__annotate__=_b_.None
var decorated17=logger16
locals_chatkit_browser__chat_Chat.logger=$B.$call(decorator15,decorated17)
$B.set_lineno(frame,96)
var decorator18=_b_.property
$B.set_lineno(frame,97)
function ready19(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_ready=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_ready=locals=$B.args_parser(ready19,arguments)
}
var frame=["ready",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,ready19]
$B.enter_frame(frame,__file__,97)
frame.positions=[[99,15,14],[99,15,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(ready19,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,99)
return $B.trace_return_and_leave(frame,!$B.$is($B.$getattr_pep657($B.$getattr_pep657(locals.self,'_link',3),'bus',1),_b_.None))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
ready19.$is_method=true
ready19.$function_infos=['chatkit.browser._chat','ready','Chat.ready',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,97,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(ready19,frame,'chatkit.browser._chat')
ready19.ob_type=$B.function
ready19.__annotate__=_b_.None
var decorated20=ready19
locals_chatkit_browser__chat_Chat.ready=$B.$call(decorator18,decorated20)
$B.set_lineno(frame,101)
function attach21(_self,_bus){
var locals
if(arguments.length==2&&!_bus?.$kw){
var locals_chatkit_browser__chat_Chat_attach=locals={self:_self,bus:_bus}
}else{
var locals_chatkit_browser__chat_Chat_attach=locals=$B.args_parser(attach21,arguments)
}
var frame=["attach",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,attach21]
$B.enter_frame(frame,__file__,101)
frame.positions=[[107,8,22],[107,8,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(attach21,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,107);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',3),'attach',1,locals.bus)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
attach21.$is_method=true
attach21.$function_infos=['chatkit.browser._chat','attach','Chat.attach',__file__,_b_.None,_b_.None,'',['self','bus'],null,null,
2,101,3,[],0,0,['self','bus'],false,[],frame]
$B.set_func_attrs(attach21,frame,'chatkit.browser._chat')
attach21.ob_type=$B.function
attach21.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.attach=attach21
$B.set_lineno(frame,109)
function set_language22(_self,_tag){
var locals
if(arguments.length==2&&!_tag?.$kw){
var locals_chatkit_browser__chat_Chat_set_language=locals={self:_self,tag:_tag}
}else{
var locals_chatkit_browser__chat_Chat_set_language=locals=$B.args_parser(set_language22,arguments)
}
var frame=["set_language",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_language22]
$B.enter_frame(frame,__file__,109)
frame.positions=[[116,25,19],[116,8,14],[117,8,43],[117,31,19],[120,8,40],[120,22,19],[121,46,17],[121,19,23],[123,12,51],[123,26,26]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_language22,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,116)
var v23=$B.$call_with_position(locals_chatkit_browser__chat.check_language,1,locals.tag)
var it_24=$B.unpacker(v23,2,false,3)
locals_chatkit_browser__chat_Chat_set_language.code=it_24.read_one()
locals_chatkit_browser__chat_Chat_set_language.problems=it_24.read_one()
$B.set_lineno(frame,117);
$B.call_attr(locals.self,'_reject',5,locals.problems,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_LANGUAGE',7))
if($B.set_lineno(frame,118)&&$B.$bool($B.$is(locals.code,_b_.None))){
$B.set_lineno(frame,119)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,120);
$B.call_attr(locals.self,'_publish',9,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_LANGUAGE',11),locals.code)
$B.set_lineno(frame,121)
locals_chatkit_browser__chat_Chat_set_language.messages=($B.$bool(!$B.$is($B.$getattr_pep657(locals.self,'messages_for',13),_b_.None))?$B.call_attr(locals.self,'messages_for',15,locals.code):_b_.None)
if($B.set_lineno(frame,122)&&$B.$bool(locals.messages)){
$B.set_lineno(frame,123);
$B.call_attr(locals_chatkit_browser__chat_Chat_set_language.self,'_publish',17,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_SYSTEM_MESSAGES',19),locals_chatkit_browser__chat_Chat_set_language.messages)
}
$B.set_lineno(frame,124)
return $B.trace_return_and_leave(frame,locals.code)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_language22.$is_method=true
set_language22.$function_infos=['chatkit.browser._chat','set_language','Chat.set_language',__file__,_b_.None,_b_.None,'',['self','tag'],null,null,
2,109,3,[],0,0,['self','tag','code','problems','messages'],false,[],frame]
$B.set_func_attrs(set_language22,frame,'chatkit.browser._chat')
set_language22.ob_type=$B.function
set_language22.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.set_language=set_language22
$B.set_lineno(frame,126)
function set_variables25(_self,_variables){
var locals
if(arguments.length==2&&!_variables?.$kw){
var locals_chatkit_browser__chat_Chat_set_variables=locals={self:_self,variables:_variables}
}else{
var locals_chatkit_browser__chat_Chat_set_variables=locals=$B.args_parser(set_variables25,arguments)
}
var frame=["set_variables",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_variables25]
$B.enter_frame(frame,__file__,126)
frame.positions=[[132,133,15,58],[133,37,20]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_variables25,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,132)
return $B.trace_return_and_leave(frame,$B.call_attr(locals.self,'_publish_checked',1,locals.variables,'chat.set_variables',locals_chatkit_browser__chat.check_variables,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_VARIABLES',3)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_variables25.$is_method=true
set_variables25.$function_infos=['chatkit.browser._chat','set_variables','Chat.set_variables',__file__,_b_.None,_b_.None,'',['self','variables'],null,null,
2,126,3,[],0,0,['self','variables'],false,[],frame]
$B.set_func_attrs(set_variables25,frame,'chatkit.browser._chat')
set_variables25.ob_type=$B.function
set_variables25.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.set_variables=set_variables25
$B.set_lineno(frame,135)
function set_system_messages26(_self,_messages){
var locals
if(arguments.length==2&&!_messages?.$kw){
var locals_chatkit_browser__chat_Chat_set_system_messages=locals={self:_self,messages:_messages}
}else{
var locals_chatkit_browser__chat_Chat_set_system_messages=locals=$B.args_parser(set_system_messages26,arguments)
}
var frame=["set_system_messages",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_system_messages26]
$B.enter_frame(frame,__file__,135)
frame.positions=[[141,142,15,64],[142,37,26]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_system_messages26,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,141)
return $B.trace_return_and_leave(frame,$B.call_attr(locals.self,'_publish_checked',1,locals.messages,'chat.set_system_messages',locals_chatkit_browser__chat.check_system_messages,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_SYSTEM_MESSAGES',3)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_system_messages26.$is_method=true
set_system_messages26.$function_infos=['chatkit.browser._chat','set_system_messages','Chat.set_system_messages',__file__,_b_.None,_b_.None,'',['self','messages'],null,null,
2,135,3,[],0,0,['self','messages'],false,[],frame]
$B.set_func_attrs(set_system_messages26,frame,'chatkit.browser._chat')
set_system_messages26.ob_type=$B.function
set_system_messages26.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.set_system_messages=set_system_messages26
$B.set_lineno(frame,144)
function trigger_invitation27(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_trigger_invitation=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_trigger_invitation=locals=$B.args_parser(trigger_invitation27,arguments)
}
var frame=["trigger_invitation",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,trigger_invitation27]
$B.enter_frame(frame,__file__,144)
frame.positions=[[146,8,40],[146,22,25]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(trigger_invitation27,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,146);
$B.call_attr(locals.self,'_publish',1,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'TRIGGER_INVITATION',3))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
trigger_invitation27.$is_method=true
trigger_invitation27.$function_infos=['chatkit.browser._chat','trigger_invitation','Chat.trigger_invitation',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,144,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(trigger_invitation27,frame,'chatkit.browser._chat')
trigger_invitation27.ob_type=$B.function
trigger_invitation27.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.trigger_invitation=trigger_invitation27
$B.set_lineno(frame,148)
function trigger_pre_chat28(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_trigger_pre_chat=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_trigger_pre_chat=locals=$B.args_parser(trigger_pre_chat28,arguments)
}
var frame=["trigger_pre_chat",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,trigger_pre_chat28]
$B.enter_frame(frame,__file__,148)
frame.positions=[[150,8,38],[150,22,23]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(trigger_pre_chat28,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,150);
$B.call_attr(locals.self,'_publish',1,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'TRIGGER_PRE_CHAT',3))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
trigger_pre_chat28.$is_method=true
trigger_pre_chat28.$function_infos=['chatkit.browser._chat','trigger_pre_chat','Chat.trigger_pre_chat',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,148,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(trigger_pre_chat28,frame,'chatkit.browser._chat')
trigger_pre_chat28.ob_type=$B.function
trigger_pre_chat28.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.trigger_pre_chat=trigger_pre_chat28
$B.set_lineno(frame,152)
function trigger_chat_window29(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_trigger_chat_window=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_trigger_chat_window=locals=$B.args_parser(trigger_chat_window29,arguments)
}
var frame=["trigger_chat_window",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,trigger_chat_window29]
$B.enter_frame(frame,__file__,152)
frame.positions=[[154,8,41],[154,22,26]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(trigger_chat_window29,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,154);
$B.call_attr(locals.self,'_publish',1,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'TRIGGER_CHAT_WINDOW',3))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
trigger_chat_window29.$is_method=true
trigger_chat_window29.$function_infos=['chatkit.browser._chat','trigger_chat_window','Chat.trigger_chat_window',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,152,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(trigger_chat_window29,frame,'chatkit.browser._chat')
trigger_chat_window29.ob_type=$B.function
trigger_chat_window29.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.trigger_chat_window=trigger_chat_window29
$B.set_lineno(frame,156)
function end30(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_end=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_end=locals=$B.args_parser(end30,arguments)
}
var frame=["end",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,end30]
$B.enter_frame(frame,__file__,156)
frame.positions=[[158,8,25],[158,22,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(end30,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,158);
$B.call_attr(locals.self,'_publish',1,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'END',3))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
end30.$is_method=true
end30.$function_infos=['chatkit.browser._chat','end','Chat.end',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,156,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(end30,frame,'chatkit.browser._chat')
end30.ob_type=$B.function
end30.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.end=end30
$B.set_lineno(frame,160)
function on31(_self,_topic,_handler){
var locals
if(arguments.length==3&&!_handler?.$kw){
var locals_chatkit_browser__chat_Chat_on=locals={self:_self,topic:_topic,handler:_handler}
}else{
var locals_chatkit_browser__chat_Chat_on=locals=$B.args_parser(on31,arguments)
}
var frame=["on",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,on31]
$B.enter_frame(frame,__file__,160)
frame.positions=[[166,23,40],[166,52,10],[167,8,64],[167,8,10],[167,22,27],[167,51,20]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(on31,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,166)
locals_chatkit_browser__chat_Chat_on.subscription=$B.$call_with_position(locals_chatkit_browser__chat.Subscription,1,locals.topic,locals.handler,$B.$getattr_pep657(locals.self,'_link',3))
$B.set_lineno(frame,167);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',7),'do',5,$B.rich_op('__mod__','subscribing to %s',locals.topic,9),$B.$getattr_pep657(locals.subscription,'connect',11))
$B.set_lineno(frame,168)
return $B.trace_return_and_leave(frame,locals.subscription)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
on31.$is_method=true
on31.$function_infos=['chatkit.browser._chat','on','Chat.on',__file__,_b_.None,_b_.None,'',['self','topic','handler'],null,null,
3,160,3,[],0,0,['self','topic','handler','subscription'],false,[],frame]
$B.set_func_attrs(on31,frame,'chatkit.browser._chat')
on31.ob_type=$B.function
on31.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.on=on31
$B.set_lineno(frame,170)
function on_ready32(_self,_callback){
var locals
if(arguments.length==2&&!_callback?.$kw){
var locals_chatkit_browser__chat_Chat_on_ready=locals={self:_self,callback:_callback}
}else{
var locals_chatkit_browser__chat_Chat_on_ready=locals=$B.args_parser(on_ready32,arguments)
}
var frame=["on_ready",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,on_ready32]
$B.enter_frame(frame,__file__,170)
frame.positions=[[175,8,79],[175,8,10],[175,22,40],[175,47,15],[175,47,5]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(on_ready32,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,175);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',3),'do',1,$B.rich_op('__mod__','on_ready callback %s',$B.$call_with_position($B.resolve_in_scopes('_name',[locals_chatkit_browser__chat_Chat_on_ready,locals_chatkit_browser__chat,_b_],9),7,locals.callback),5),(function(){
$B.set_lineno(frame,175)
function lambda__3334(_bus){
var locals
if(arguments.length==1&&!_bus?.$kw){
var locals_chatkit_browser__chat_Chat_on_ready_lambda__33=locals={bus:_bus}
}else{
var locals_chatkit_browser__chat_Chat_on_ready_lambda__33=locals=$B.args_parser(lambda__3334,arguments)
}
Object.defineProperty(locals,'callback',{get:function(){return locals_chatkit_browser__chat_Chat_on_ready.callback},set:function(){},enumerable:true,configurable:true})
var frame=["<lambda>",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,lambda__3334]
$B.enter_frame(frame,__file__,175)
frame.positions=[[175,76,10]]
try{
$B.js_this=this
$B.set_lineno(frame,175)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_browser__chat_Chat_on_ready.callback,1,))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
lambda__3334.$function_infos=['chatkit.browser._chat','<lambda>','Chat.on_ready.<locals>.<lambda>',__file__,_b_.None,_b_.None,_b_.None,['bus'],null,null,
1,175,3,['callback'],0,0,['bus'],false,[],frame]
$B.set_func_attrs(lambda__3334,frame,'chatkit.browser._chat')
lambda__3334.ob_type=$B.function
lambda__3334.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat_on_ready.lambda__33=lambda__3334
return locals_chatkit_browser__chat_Chat_on_ready.lambda__33
})())
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
on_ready32.$is_method=true
on_ready32.$function_infos=['chatkit.browser._chat','on_ready','Chat.on_ready',__file__,_b_.None,_b_.None,'',['self','callback'],null,null,
2,170,3,[],0,0,['self','callback'],false,[],frame]
$B.set_func_attrs(on_ready32,frame,'chatkit.browser._chat')
on_ready32.ob_type=$B.function
on_ready32.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.on_ready=on_ready32
$B.set_lineno(frame,177)
function _publish_checked35(_self,_value,_call,_check,_topic){
var locals
if(arguments.length==5&&!_topic?.$kw){
var locals_chatkit_browser__chat_Chat__publish_checked=locals={self:_self,value:_value,call:_call,check:_check,topic:_topic}
}else{
var locals_chatkit_browser__chat_Chat__publish_checked=locals=$B.args_parser(_publish_checked35,arguments)
}
var frame=["_publish_checked",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_publish_checked35]
$B.enter_frame(frame,__file__,177)
frame.positions=[[178,19,23],[180,12,29],[182,28,29],[182,34,22],[182,8,17],[183,8,29],[185,12,29]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_publish_checked35,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,178)
locals_chatkit_browser__chat_Chat__publish_checked.problems=$B.$call_with_position(locals_chatkit_browser__chat.check_dict,1,locals.value,locals.call)
if($B.set_lineno(frame,179)&&$B.$bool(locals.problems)){
$B.set_lineno(frame,180);
$B.call_attr(locals_chatkit_browser__chat_Chat__publish_checked.self,'_reject',3,locals_chatkit_browser__chat_Chat__publish_checked.problems,locals_chatkit_browser__chat_Chat__publish_checked.topic)
$B.set_lineno(frame,181)
return $B.trace_return_and_leave(frame,_b_.dict.$literal([]))
}
$B.set_lineno(frame,182)
var v36=$B.$call_with_position(locals.check,5,$B.call_attr(locals.self,'_from_page',7,locals.value))
var it_37=$B.unpacker(v36,2,false,9)
locals_chatkit_browser__chat_Chat__publish_checked.payload=it_37.read_one()
var $temp=it_37.read_one()
$B.delete_for_reassign('problems',locals_chatkit_browser__chat_Chat__publish_checked)
locals_chatkit_browser__chat_Chat__publish_checked.problems=$temp
$B.set_lineno(frame,183);
$B.call_attr(locals.self,'_reject',11,locals.problems,locals.topic)
if($B.set_lineno(frame,184)&&$B.$bool(locals.payload)){
$B.set_lineno(frame,185);
$B.call_attr(locals_chatkit_browser__chat_Chat__publish_checked.self,'_publish',13,locals_chatkit_browser__chat_Chat__publish_checked.topic,locals_chatkit_browser__chat_Chat__publish_checked.payload)
}
$B.set_lineno(frame,186)
return $B.trace_return_and_leave(frame,locals.payload)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_publish_checked35.$is_method=true
_publish_checked35.$function_infos=['chatkit.browser._chat','_publish_checked','Chat._publish_checked',__file__,_b_.None,_b_.None,_b_.None,['self','value','call','check','topic'],null,null,
5,177,3,[],0,0,['self','value','call','check','topic','problems','payload'],false,[],frame]
$B.set_func_attrs(_publish_checked35,frame,'chatkit.browser._chat')
_publish_checked35.ob_type=$B.function
_publish_checked35.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._publish_checked=_publish_checked35
$B.set_lineno(frame,188)
function _from_page38(_self,_values){
var locals
if(arguments.length==2&&!_values?.$kw){
var locals_chatkit_browser__chat_Chat__from_page=locals={self:_self,values:_values}
}else{
var locals_chatkit_browser__chat_Chat__from_page=locals=$B.args_parser(_from_page38,arguments)
}
var frame=["_from_page",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_from_page38]
$B.enter_frame(frame,__file__,188)
frame.positions=[[189,11,15],[191,62,14],[191,48,10],[191,21,22]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_from_page38,locals_chatkit_browser__chat,"Chat",['Chat'])
if($B.set_lineno(frame,189)&&$B.$bool($B.$is($B.$getattr_pep657(locals.self,'page_value',1),_b_.None))){
$B.set_lineno(frame,190)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__chat_Chat__from_page.values)
}
$B.set_lineno(frame,191)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_39=$B.make_js_iterator(expr,frame,191)
var result_39=$B.empty_dict()
try{
for(var next_39 of next_func_39){
$B.set_lineno(frame,191)
var v40=next_39
var it_41=$B.unpacker(v40,2,false,5)
locals_chatkit_browser__chat_Chat__from_page.key=it_41.read_one()
locals_chatkit_browser__chat_Chat__from_page.value=it_41.read_one()
_b_.dict.$setitem(result_39,locals.key,$B.call_attr(locals.self,'page_value',7,locals.value))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__chat_Chat__from_page.key
delete locals_chatkit_browser__chat_Chat__from_page.value
return result_39
})($B.call_attr(locals.values,'items',3,))
)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_from_page38.$is_method=true
_from_page38.$function_infos=['chatkit.browser._chat','_from_page','Chat._from_page',__file__,_b_.None,_b_.None,_b_.None,['self','values'],null,null,
2,188,3,[],0,0,['self','values','key','value'],false,[],frame]
$B.set_func_attrs(_from_page38,frame,'chatkit.browser._chat')
_from_page38.ob_type=$B.function
_from_page38.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._from_page=_from_page38
$B.set_lineno(frame,193)
function _publish42(_self,_topic,_data){
var locals
var locals_chatkit_browser__chat_Chat__publish=locals=$B.args_parser(_publish42,arguments)
var frame=["_publish",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_publish42]
$B.enter_frame(frame,__file__,193)
frame.positions=[[194,8,75],[194,8,10],[194,22,23]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_publish42,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,194);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',3),'do',1,$B.rich_op('__mod__','publishing %s',locals.topic,5),(function(){
$B.set_lineno(frame,194)
function lambda__4344(_bus){
var locals
if(arguments.length==1&&!_bus?.$kw){
var locals_chatkit_browser__chat_Chat__publish_lambda__43=locals={bus:_bus}
}else{
var locals_chatkit_browser__chat_Chat__publish_lambda__43=locals=$B.args_parser(lambda__4344,arguments)
}
Object.defineProperty(locals,'topic',{get:function(){return locals_chatkit_browser__chat_Chat__publish.topic},set:function(){},enumerable:true,configurable:true})
Object.defineProperty(locals,'data',{get:function(){return locals_chatkit_browser__chat_Chat__publish.data},set:function(){},enumerable:true,configurable:true})
var frame=["<lambda>",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,lambda__4344]
$B.enter_frame(frame,__file__,194)
frame.positions=[[194,59,23],[194,59,5]]
try{
$B.js_this=this
$B.set_lineno(frame,194)
return $B.trace_return_and_leave(frame,$B.$call_with_position($B.resolve_in_scopes('_send',[locals_chatkit_browser__chat_Chat__publish_lambda__43,locals_chatkit_browser__chat_Chat__publish,locals_chatkit_browser__chat,_b_],3),1,locals.bus,locals_chatkit_browser__chat_Chat__publish.topic,locals_chatkit_browser__chat_Chat__publish.data))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
lambda__4344.$function_infos=['chatkit.browser._chat','<lambda>','Chat._publish.<locals>.<lambda>',__file__,_b_.None,_b_.None,_b_.None,['bus'],null,null,
1,194,3,['topic','data'],0,0,['bus'],false,[],frame]
$B.set_func_attrs(lambda__4344,frame,'chatkit.browser._chat')
lambda__4344.ob_type=$B.function
lambda__4344.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat__publish.lambda__43=lambda__4344
return locals_chatkit_browser__chat_Chat__publish.lambda__43
})())
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_publish42.$is_method=true
_publish42.$function_infos=['chatkit.browser._chat','_publish','Chat._publish',__file__,[locals_chatkit_browser__chat.NO_DATA],_b_.None,_b_.None,['self','topic','data'],null,null,
3,193,3,[],0,0,['self','topic','data'],false,[],frame]
$B.set_func_attrs(_publish42,frame,'chatkit.browser._chat')
_publish42.ob_type=$B.function
_publish42.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._publish=_publish42
$B.set_lineno(frame,196)
function _reject45(_self,_problems,_topic){
var locals
if(arguments.length==3&&!_topic?.$kw){
var locals_chatkit_browser__chat_Chat__reject=locals={self:_self,problems:_problems,topic:_topic}
}else{
var locals_chatkit_browser__chat_Chat__reject=locals=$B.args_parser(_reject45,arguments)
}
var frame=["_reject",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_reject45]
$B.enter_frame(frame,__file__,196)
frame.positions=[[199,11,11],[200,18,32],[201,23,8],[202,12,33],[202,12,11],[202,29,15]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_reject45,locals_chatkit_browser__chat,"Chat",['Chat'])
if($B.set_lineno(frame,197)&&$B.$bool(!$B.$bool(locals.problems))){
$B.set_lineno(frame,198)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,199)&&$B.$bool($B.$getattr_pep657(locals.self,'strict',1))){
$B.set_lineno(frame,200)
$B.$raise($B.$call_with_position(locals_chatkit_browser__chat.ValidationError,3,locals_chatkit_browser__chat_Chat__reject.problems,locals_chatkit_browser__chat_Chat__reject.topic))
}
frame.$lineno=201
var no_break_46=true,
iterator_46=locals.problems
iterator_46[$B.INUM]=5
for(var next_46 of $B.make_js_iterator(iterator_46,frame,201)){
locals_chatkit_browser__chat_Chat__reject.problem=next_46
$B.set_lineno(frame,202);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__chat_Chat__reject.self,'logger',9),'warn',7,$B.$getattr_pep657(locals.problem,'message',11))
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_reject45.$is_method=true
_reject45.$function_infos=['chatkit.browser._chat','_reject','Chat._reject',__file__,_b_.None,_b_.None,_b_.None,['self','problems','topic'],null,null,
3,196,3,[],0,0,['self','problems','topic','problem'],false,[],frame]
$B.set_func_attrs(_reject45,frame,'chatkit.browser._chat')
_reject45.ob_type=$B.function
_reject45.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._reject=_reject45
locals.__static_attributes__=$B.fast_tuple(["strict","customer","messages_for","page_value","_link"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Chat',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Chat',$B.fast_tuple([]),{})
locals_chatkit_browser__chat.Chat=Chat10
$B.set_lineno(frame,205)
function _send47(_bus,_topic,_data){
var locals
if(arguments.length==3&&!_data?.$kw){
var locals_chatkit_browser__chat__send=locals={bus:_bus,topic:_topic,data:_data}
}else{
var locals_chatkit_browser__chat__send=locals=$B.args_parser(_send47,arguments)
}
var frame=["_send",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_send47]
$B.enter_frame(frame,__file__,205)
frame.positions=[[207,8,18],[209,8,24]]
try{
$B.js_this=this
if($B.set_lineno(frame,206)&&$B.$bool($B.$is(locals.data,locals_chatkit_browser__chat.NO_DATA))){
$B.set_lineno(frame,207);
$B.call_attr(locals_chatkit_browser__chat__send.bus,'publish',1,locals_chatkit_browser__chat__send.topic)
}else{
$B.set_lineno(frame,209);
$B.call_attr(locals_chatkit_browser__chat__send.bus,'publish',3,locals_chatkit_browser__chat__send.topic,locals_chatkit_browser__chat__send.data)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_send47.$function_infos=['chatkit.browser._chat','_send','_send',__file__,_b_.None,_b_.None,_b_.None,['bus','topic','data'],null,null,
3,205,3,[],0,0,['bus','topic','data'],false,[],frame]
$B.set_func_attrs(_send47,frame,'chatkit.browser._chat')
_send47.ob_type=$B.function
_send47.__annotate__=_b_.None
locals_chatkit_browser__chat._send=_send47
$B.set_lineno(frame,212)
function _name48(_function){
var locals
if(arguments.length==1&&!_function?.$kw){
var locals_chatkit_browser__chat__name=locals={function:_function}
}else{
var locals_chatkit_browser__chat__name=locals=$B.args_parser(_name48,arguments)
}
var frame=["_name",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_name48]
$B.enter_frame(frame,__file__,212)
frame.positions=[[213,11,39],[213,54,45],[213,84,14]]
try{
$B.js_this=this
$B.set_lineno(frame,213)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.$call_with_position(_b_.getattr,1,locals.function,'__qualname__',_b_.None))?locals.$test:$B.$call_with_position(_b_.getattr,3,locals.function,'__name__',$B.$call_with_position(_b_.repr,5,locals.function))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_name48.$function_infos=['chatkit.browser._chat','_name','_name',__file__,_b_.None,_b_.None,_b_.None,['function'],null,null,
1,212,3,[],0,0,['function'],false,[],frame]
$B.set_func_attrs(_name48,frame,'chatkit.browser._chat')
_name48.ob_type=$B.function
_name48.__annotate__=_b_.None
locals_chatkit_browser__chat._name=_name48
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`,
"chatkit.browser": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser=$B.namespace("chatkit.browser"),
locals=locals_chatkit_browser,
frame=["chatkit.browser",locals,"chatkit.browser",locals]
var __file__=locals.__file__="VFS.chatkit.browser/__init__.py"
locals.__name__="chatkit.browser"
locals.__doc__=''
frame.positions=[[16,0,38],[17,0,54],[18,0,56],[19,0,52],[21,7,6]]
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,16)
$B.$import_from("chatkit.browser._chat",'Chat',{},0,locals,1)
$B.set_lineno(frame,17)
$B.$import_from("chatkit.browser._subscription",'Subscription',{},0,locals,3)
$B.set_lineno(frame,18)
$B.$import_from("chatkit.errors",'ChatkitError',{},0,locals,5)
$B.$import_from("chatkit.errors",'ValidationError',{},0,locals,5)
$B.set_lineno(frame,19)
$B.$import_from("chatkit.rules.customer",'UNSET',{},0,locals,7)
$B.$import_from("chatkit.rules.customer",'InfoReport',{},0,locals,7)
$B.set_lineno(frame,21)
locals_chatkit_browser.chat=$B.$call_with_position(locals.Chat,9,)
$B.set_lineno(frame,23)
locals_chatkit_browser.__all__=$B.$list(['UNSET','Chat','ChatkitError','InfoReport','Subscription','ValidationError','chat'])
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`,
"chatkit.browser._bridge": `var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__bridge=$B.namespace("chatkit.browser._bridge"),
locals=locals_chatkit_browser__bridge,
frame=["chatkit.browser._bridge",locals,"chatkit.browser._bridge",locals]
var __file__=locals.__file__="VFS.chatkit.browser._bridge.py"
locals.__name__="chatkit.browser._bridge"
locals.__doc__=''
frame.positions=[[11,0,17],[12,0,26],[14,0,39],[16,7,15],[17,12,20],[75,96,0,49],[101,20,9],[101,20,5],[150,160,0,34]]
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,11)
$B.import("javascript",[],{},locals_chatkit_browser__bridge,1)
$B.set_lineno(frame,12)
$B.$import_from("browser",'window',{},0,locals,3)
$B.set_lineno(frame,14)
$B.$import_from("chatkit.browser",'UNSET',{},0,locals,5)
$B.$import_from("chatkit.browser",'chat',{},0,locals,5)
$B.set_lineno(frame,16)
locals_chatkit_browser__bridge.NULL=$B.$getattr_pep657(locals.javascript,'NULL',7)
$B.set_lineno(frame,17)
locals_chatkit_browser__bridge.UNDEFINED=$B.$getattr_pep657(locals.javascript,'UNDEFINED',9)
$B.set_lineno(frame,20)
function run170(_hooks_module){
var locals
if(arguments.length==1&&!_hooks_module?.$kw){
var locals_chatkit_browser__bridge_run=locals={hooks_module:_hooks_module}
}else{
var locals_chatkit_browser__bridge_run=locals=$B.args_parser(run170,arguments)
}
var frame=["run",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,run170]
$B.enter_frame(frame,__file__,20)
frame.positions=[[22,18,15],[22,18,13],[22,4,11],[23,24,13],[23,4,17],[24,22,10],[24,4,15],[26,8,24],[28,8,69],[28,8,11],[28,26,43],[30,8,10],[30,8,8]]
try{
$B.js_this=this
$B.set_lineno(frame,22)
$B.$setattr1(locals_chatkit_browser__bridge.chat,"logger",$B.$call_with_position($B.resolve_in_scopes('ConsoleLogger',[locals_chatkit_browser__bridge_run,locals_chatkit_browser__bridge,_b_],3),1,),5)
$B.set_lineno(frame,23)
$B.$setattr1(locals_chatkit_browser__bridge.chat,"messages_for",$B.resolve_in_scopes('_messages_for',[locals_chatkit_browser__bridge_run,locals_chatkit_browser__bridge,_b_],7),9)
$B.set_lineno(frame,24)
$B.$setattr1(locals_chatkit_browser__bridge.chat,"page_value",$B.resolve_in_scopes('page_value',[locals_chatkit_browser__bridge_run,locals_chatkit_browser__bridge,_b_],11),13)
$B.set_lineno(frame,25)
try{
var stack_length_171=$B.count_frames()
var save_frame_obj_171=$B.frame_obj
$B.set_lineno(frame,26);
$B.$call_with_position(_b_.__import__,15,locals_chatkit_browser__bridge_run.hooks_module)
}catch(err171){
$B.set_exc_and_trace(frame,err171)
if($B.set_lineno(frame,27)&&$B.is_exc(err171,[_b_.Exception])){
locals.error=err171
$B.set_lineno(frame,28);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',19),'error',17,$B.rich_op('__mod__','the hooks module %s failed',locals_chatkit_browser__bridge_run.hooks_module,21),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_171
}else{
throw err171
}
}finally{
var exit=false
if($B.count_frames()<stack_length_171){
exit=true
$B.frame_obj=$B.push_frame(frame)
}
$B.set_lineno(frame,30);
$B.$call_with_position($B.resolve_in_scopes('_connect',[locals_chatkit_browser__bridge_run,locals_chatkit_browser__bridge,_b_],25),23,)
if(exit){
$B.leave_frame()
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
run170.$function_infos=['chatkit.browser._bridge','run','run',__file__,_b_.None,_b_.None,'',['hooks_module'],null,null,
1,20,3,[],0,0,['hooks_module','error'],false,[],frame]
$B.set_func_attrs(run170,frame,'chatkit.browser._bridge')
run170.ob_type=$B.function
run170.__annotate__=_b_.None
locals_chatkit_browser__bridge.run=run170
$B.set_lineno(frame,33)
function _connect172(){
var locals
var locals_chatkit_browser__bridge__connect=locals=$B.empty_dict();
if(arguments.length!==0){
$B.args_parser(_connect172,arguments)
}
var frame=["_connect",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_connect172]
$B.enter_frame(frame,__file__,33)
frame.positions=[[34,12,8],[34,12,6],[35,18,7],[35,4,11],[36,7,22],[36,7,8],[37,8,18],[37,8,7],[37,16,9]]
try{
$B.js_this=this
$B.set_lineno(frame,34)
locals_chatkit_browser__bridge__connect.state=$B.$call_with_position($B.resolve_in_scopes('_state',[locals_chatkit_browser__bridge__connect,locals_chatkit_browser__bridge,_b_],3),1,)
$B.set_lineno(frame,35)
$B.$setattr1(locals.state,"onBus",$B.resolve_in_scopes('_on_bus',[locals_chatkit_browser__bridge__connect,locals_chatkit_browser__bridge,_b_],5),7)
if($B.set_lineno(frame,36)&&$B.$bool($B.$call_with_position($B.resolve_in_scopes('_defined',[locals_chatkit_browser__bridge__connect,locals_chatkit_browser__bridge,_b_],11),9,locals.state,'bus'))){
$B.set_lineno(frame,37);
$B.$call_with_position($B.resolve_in_scopes('_on_bus',[locals_chatkit_browser__bridge__connect,locals_chatkit_browser__bridge,_b_],15),13,$B.$getattr_pep657(locals_chatkit_browser__bridge__connect.state,'bus',17))
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_connect172.$function_infos=['chatkit.browser._bridge','_connect','_connect',__file__,_b_.None,_b_.None,_b_.None,[],null,null,
0,33,3,[],0,0,['state'],false,[],frame]
$B.set_func_attrs(_connect172,frame,'chatkit.browser._bridge')
_connect172.ob_type=$B.function
_connect172.__annotate__=_b_.None
locals_chatkit_browser__bridge._connect=_connect172
$B.set_lineno(frame,40)
function _state173(){
var locals
var locals_chatkit_browser__bridge__state=locals=$B.empty_dict();
if(arguments.length!==0){
$B.args_parser(_state173,arguments)
}
var frame=["_state",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_state173]
$B.enter_frame(frame,__file__,40)
frame.positions=[[42,11,29],[42,11,8],[43,27,19],[43,27,13],[43,8,16],[44,11,16]]
try{
$B.js_this=this
if($B.set_lineno(frame,42)&&$B.$bool(!$B.$bool($B.$call_with_position($B.resolve_in_scopes('_defined',[locals_chatkit_browser__bridge__state,locals_chatkit_browser__bridge,_b_],3),1,locals_chatkit_browser__bridge.window,'__chatkit')))){
$B.set_lineno(frame,43)
$B.$setattr1(locals_chatkit_browser__bridge.window,"__chatkit",$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'Object',7),'new',5,),9)
}
$B.set_lineno(frame,44)
return $B.trace_return_and_leave(frame,$B.$getattr_pep657(locals_chatkit_browser__bridge.window,'__chatkit',11))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_state173.$function_infos=['chatkit.browser._bridge','_state','_state',__file__,_b_.None,_b_.None,'',[],null,null,
0,40,3,[],0,0,[],false,[],frame]
$B.set_func_attrs(_state173,frame,'chatkit.browser._bridge')
_state173.ob_type=$B.function
_state173.__annotate__=_b_.None
locals_chatkit_browser__bridge._state=_state173
$B.set_lineno(frame,47)
function _messages_for174(_code){
var locals
if(arguments.length==1&&!_code?.$kw){
var locals_chatkit_browser__bridge__messages_for=locals={code:_code}
}else{
var locals_chatkit_browser__bridge__messages_for=locals=$B.args_parser(_messages_for174,arguments)
}
var frame=["_messages_for",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_messages_for174]
$B.enter_frame(frame,__file__,47)
frame.positions=[[49,12,8],[50,49,30],[50,49,8],[50,11,34],[50,11,9],[50,21,23]]
try{
$B.js_this=this
$B.set_lineno(frame,49)
locals_chatkit_browser__bridge__messages_for.state=$B.$call_with_position(locals_chatkit_browser__bridge._state,1,)
$B.set_lineno(frame,50)
return $B.trace_return_and_leave(frame,($B.$bool($B.$call_with_position($B.resolve_in_scopes('_defined',[locals_chatkit_browser__bridge__messages_for,locals_chatkit_browser__bridge,_b_],5),3,locals.state,'messagesFor'))?$B.$call_with_position($B.resolve_in_scopes('to_python',[locals_chatkit_browser__bridge__messages_for,locals_chatkit_browser__bridge,_b_],9),7,$B.call_attr(locals.state,'messagesFor',11,locals.code)):_b_.None))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_messages_for174.$function_infos=['chatkit.browser._bridge','_messages_for','_messages_for',__file__,_b_.None,_b_.None,_b_.None,['code'],null,null,
1,47,3,[],0,0,['code','state'],false,[],frame]
$B.set_func_attrs(_messages_for174,frame,'chatkit.browser._bridge')
_messages_for174.ob_type=$B.function
_messages_for174.__annotate__=_b_.None
locals_chatkit_browser__bridge._messages_for=_messages_for174
$B.set_lineno(frame,53)
function _on_bus175(){
var locals
var locals_chatkit_browser__bridge__on_bus=locals=$B.args_parser(_on_bus175,arguments)
var frame=["_on_bus",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_on_bus175]
$B.enter_frame(frame,__file__,53)
frame.positions=[[56,24,17],[56,24,8],[56,33,7],[57,12,30],[57,24,17],[57,24,8],[57,33,7],[59,8,63],[59,8,11]]
try{
$B.js_this=this
$B.set_lineno(frame,55)
try{
var stack_length_176=$B.count_frames()
var save_frame_obj_176=$B.frame_obj
if($B.set_lineno(frame,56)&&($B.$bool(locals_chatkit_browser__bridge__on_bus.args)&&$B.$bool(!$B.$bool($B.$call_with_position($B.resolve_in_scopes('_missing',[locals_chatkit_browser__bridge__on_bus,locals_chatkit_browser__bridge,_b_],3),1,$B.$getitem(locals_chatkit_browser__bridge__on_bus.args,0,5)))))){
$B.set_lineno(frame,57);
$B.call_attr(locals_chatkit_browser__bridge.chat,'attach',7,$B.$call_with_position($B.resolve_in_scopes('_bus_for',[locals_chatkit_browser__bridge__on_bus,locals_chatkit_browser__bridge,_b_],11),9,$B.$getitem(locals_chatkit_browser__bridge__on_bus.args,0,13)))
}
}catch(err176){
$B.set_exc_and_trace(frame,err176)
if($B.set_lineno(frame,58)&&$B.is_exc(err176,[_b_.Exception])){
locals.error=err176
$B.set_lineno(frame,59);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',17),'error',15,'connecting to the chat\\'s bus failed',locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_176
}else{
throw err176
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_on_bus175.$function_infos=['chatkit.browser._bridge','_on_bus','_on_bus',__file__,_b_.None,_b_.None,_b_.None,[],'args',null,
0,53,7,[],0,0,['args','error'],false,[],frame]
$B.set_func_attrs(_on_bus175,frame,'chatkit.browser._bridge')
_on_bus175.ob_type=$B.function
_on_bus175.__annotate__=_b_.None
locals_chatkit_browser__bridge._on_bus=_on_bus175
$B.set_lineno(frame,62)
locals_chatkit_browser__bridge._buses=$B.$list([])
$B.set_lineno(frame,65)
function _bus_for177(_raw){
var locals
if(arguments.length==1&&!_raw?.$kw){
var locals_chatkit_browser__bridge__bus_for=locals={raw:_raw}
}else{
var locals_chatkit_browser__bridge__bus_for=locals=$B.args_parser(_bus_for177,arguments)
}
var frame=["_bus_for",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_bus_for177]
$B.enter_frame(frame,__file__,65)
frame.positions=[[67,15,6],[68,11,7],[70,10,12],[70,10,7],[71,4,18]]
try{
$B.js_this=this
frame.$lineno=67
var no_break_178=true,
iterator_178=locals_chatkit_browser__bridge._buses
iterator_178[$B.INUM]=1
for(var next_178 of $B.make_js_iterator(iterator_178,frame,67)){
locals_chatkit_browser__bridge__bus_for.bus=next_178
if($B.set_lineno(frame,68)&&$B.$bool($B.rich_comp('__eq__',$B.$getattr_pep657(locals.bus,'raw',3),locals_chatkit_browser__bridge__bus_for.raw))){
$B.set_lineno(frame,69)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__bridge__bus_for.bus)
}
}
$B.set_lineno(frame,70)
locals_chatkit_browser__bridge__bus_for.bus=$B.$call_with_position($B.resolve_in_scopes('PageBus',[locals_chatkit_browser__bridge__bus_for,locals_chatkit_browser__bridge,_b_],7),5,locals.raw)
$B.set_lineno(frame,71);
$B.call_attr(locals_chatkit_browser__bridge._buses,'append',9,locals.bus)
$B.set_lineno(frame,72)
return $B.trace_return_and_leave(frame,locals.bus)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_bus_for177.$function_infos=['chatkit.browser._bridge','_bus_for','_bus_for',__file__,_b_.None,_b_.None,'',['raw'],null,null,
1,65,3,[],0,0,['raw','bus'],false,[],frame]
$B.set_func_attrs(_bus_for177,frame,'chatkit.browser._bridge')
_bus_for177.ob_type=$B.function
_bus_for177.__annotate__=_b_.None
locals_chatkit_browser__bridge._bus_for=_bus_for177
$B.set_lineno(frame,75,'ClassDef')
var PageBus179=(function(name,bases,keywords){
$B.frame_obj.frame.inum=11
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"PageBus",bases,resolved_bases)
var locals_chatkit_browser__bridge_PageBus=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__bridge_PageBus
locals.__doc__=''
locals.__module__='chatkit.browser._bridge'
locals.__firstlineno__=75
var frame=[name,locals,'chatkit.browser._bridge',locals_chatkit_browser__bridge]
$B.enter_frame(frame,__file__,75)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,78)
function __init__180(_self,_raw){
var locals
if(arguments.length==2&&!_raw?.$kw){
var locals_chatkit_browser__bridge_PageBus___init__=locals={self:_self,raw:_raw}
}else{
var locals_chatkit_browser__bridge_PageBus___init__=locals=$B.args_parser(__init__180,arguments)
}
var frame=["__init__",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,__init__180]
$B.enter_frame(frame,__file__,78)
frame.positions=[[79,8,8]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__180,locals_chatkit_browser__bridge,"PageBus",['PageBus'])
$B.set_lineno(frame,79)
$B.$setattr1(locals.self,"raw",locals.raw,1)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__180.$is_method=true
__init__180.$function_infos=['chatkit.browser._bridge','__init__','PageBus.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','raw'],null,null,
2,78,3,[],0,0,['self','raw'],false,[],frame]
$B.set_func_attrs(__init__180,frame,'chatkit.browser._bridge')
__init__180.ob_type=$B.function
__init__180.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageBus.__init__=__init__180
$B.set_lineno(frame,81)
function publish181(_self,_topic,_data){
var locals
var locals_chatkit_browser__bridge_PageBus_publish=locals=$B.args_parser(publish181,arguments)
var frame=["publish",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,publish181]
$B.enter_frame(frame,__file__,81)
frame.positions=[[83,12,23],[83,12,8],[85,12,36],[85,12,8],[85,36,11],[85,36,5]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(publish181,locals_chatkit_browser__bridge,"PageBus",['PageBus'])
if($B.set_lineno(frame,82)&&$B.$bool($B.$is(locals.data,_b_.None))){
$B.set_lineno(frame,83);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge_PageBus_publish.self,'raw',3),'publish',1,locals_chatkit_browser__bridge_PageBus_publish.topic)
}else{
$B.set_lineno(frame,85);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge_PageBus_publish.self,'raw',7),'publish',5,locals_chatkit_browser__bridge_PageBus_publish.topic,$B.$call_with_position($B.resolve_in_scopes('to_js',[locals_chatkit_browser__bridge_PageBus_publish,locals_chatkit_browser__bridge,_b_],11),9,locals_chatkit_browser__bridge_PageBus_publish.data))
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
publish181.$is_method=true
publish181.$function_infos=['chatkit.browser._bridge','publish','PageBus.publish',__file__,[_b_.None],_b_.None,_b_.None,['self','topic','data'],null,null,
3,81,3,[],0,0,['self','topic','data'],false,[],frame]
$B.set_func_attrs(publish181,frame,'chatkit.browser._bridge')
publish181.ob_type=$B.function
publish181.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageBus.publish=publish181
$B.set_lineno(frame,87)
function subscribe182(_self,_topic,_deliver){
var locals
if(arguments.length==3&&!_deliver?.$kw){
var locals_chatkit_browser__bridge_PageBus_subscribe=locals={self:_self,topic:_topic,deliver:_deliver}
}else{
var locals_chatkit_browser__bridge_PageBus_subscribe=locals=$B.args_parser(subscribe182,arguments)
}
var frame=["subscribe",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,subscribe182]
$B.enter_frame(frame,__file__,87)
frame.positions=[[96,15,34],[96,15,8]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(subscribe182,locals_chatkit_browser__bridge,"PageBus",['PageBus'])
$B.set_lineno(frame,88)
function handler183(){
var locals
var locals_chatkit_browser__bridge_PageBus_subscribe_handler=locals=$B.args_parser(handler183,arguments)
Object.defineProperty(locals,'deliver',{get:function(){return locals_chatkit_browser__bridge_PageBus_subscribe.deliver},set:function(){},enumerable:true,configurable:true})
Object.defineProperty(locals,'topic',{get:function(){return locals_chatkit_browser__bridge_PageBus_subscribe.topic},set:function(){},enumerable:true,configurable:true})
var frame=["handler",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,handler183]
$B.enter_frame(frame,__file__,88)
frame.positions=[[92,16,45],[92,24,18],[92,24,9],[92,34,7],[94,16,56],[94,16,11],[94,34,30]]
try{
$B.js_this=this
$B.set_lineno(frame,91)
try{
var stack_length_184=$B.count_frames()
var save_frame_obj_184=$B.frame_obj
$B.set_lineno(frame,92);
$B.$call_with_position(locals_chatkit_browser__bridge_PageBus_subscribe.deliver,1,($B.$bool(locals_chatkit_browser__bridge_PageBus_subscribe_handler.args)?$B.$call_with_position($B.resolve_in_scopes('to_python',[locals_chatkit_browser__bridge_PageBus_subscribe_handler,locals_chatkit_browser__bridge_PageBus_subscribe,locals_chatkit_browser__bridge,_b_],5),3,$B.$getitem(locals_chatkit_browser__bridge_PageBus_subscribe_handler.args,0,7)):_b_.None))
}catch(err184){
$B.set_exc_and_trace(frame,err184)
if($B.set_lineno(frame,93)&&$B.is_exc(err184,[_b_.BaseException])){
locals.error=err184
$B.set_lineno(frame,94);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',11),'error',9,$B.rich_op('__mod__','delivering %s failed',locals_chatkit_browser__bridge_PageBus_subscribe.topic,13),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_184
}else{
throw err184
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
handler183.$function_infos=['chatkit.browser._bridge','handler','PageBus.subscribe.<locals>.handler',__file__,_b_.None,_b_.None,_b_.None,[],'args',null,
0,88,7,['deliver','topic'],0,0,['args','error'],false,[],frame]
$B.set_func_attrs(handler183,frame,'chatkit.browser._bridge')
handler183.ob_type=$B.function
handler183.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageBus_subscribe.handler=handler183
$B.set_lineno(frame,96)
return $B.trace_return_and_leave(frame,$B.call_attr($B.$getattr_pep657(locals.self,'raw',3),'subscribe',1,locals.topic,locals.handler))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
subscribe182.$is_method=true
subscribe182.$function_infos=['chatkit.browser._bridge','subscribe','PageBus.subscribe',__file__,_b_.None,_b_.None,_b_.None,['self','topic','deliver'],null,null,
3,87,3,[],0,0,['self','topic','deliver','handler'],false,[],frame]
$B.set_func_attrs(subscribe182,frame,'chatkit.browser._bridge')
subscribe182.ob_type=$B.function
subscribe182.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageBus.subscribe=subscribe182
locals.__static_attributes__=$B.fast_tuple(["raw"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('PageBus',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('PageBus',$B.fast_tuple([]),{})
locals_chatkit_browser__bridge.PageBus=PageBus179
$B.set_lineno(frame,101)
locals_chatkit_browser__bridge._MAX_SAFE_INTEGER=$B.rich_op('__sub__',9007199254740992n,1,13)
$B.set_lineno(frame,104)
function to_js185(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge_to_js=locals={value:_value}
}else{
var locals_chatkit_browser__bridge_to_js=locals=$B.args_parser(to_js185,arguments)
}
var frame=["to_js",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,to_js185]
$B.enter_frame(frame,__file__,104)
frame.positions=[[107,7,23],[108,54,13],[108,41,9],[108,21,15],[108,21,9]]
try{
$B.js_this=this
if($B.set_lineno(frame,107)&&$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.value,_b_.dict))){
$B.set_lineno(frame,108)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_186=$B.make_js_iterator(expr,frame,108)
var result_186=$B.empty_dict()
try{
for(var next_186 of next_func_186){
$B.set_lineno(frame,108)
var v187=next_186
var it_188=$B.unpacker(v187,2,false,5)
locals_chatkit_browser__bridge_to_js.key=it_188.read_one()
locals_chatkit_browser__bridge_to_js.item=it_188.read_one()
_b_.dict.$setitem(result_186,locals.key,$B.$call_with_position($B.resolve_in_scopes('_js_value',[locals_chatkit_browser__bridge_to_js,locals_chatkit_browser__bridge,_b_],9),7,locals.item))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_to_js.key
delete locals_chatkit_browser__bridge_to_js.item
return result_186
})($B.call_attr(locals_chatkit_browser__bridge_to_js.value,'items',3,))
)
}
$B.set_lineno(frame,109)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
to_js185.$function_infos=['chatkit.browser._bridge','to_js','to_js',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,104,3,[],0,0,['value','key','item'],false,[],frame]
$B.set_func_attrs(to_js185,frame,'chatkit.browser._bridge')
to_js185.ob_type=$B.function
to_js185.__annotate__=_b_.None
locals_chatkit_browser__bridge.to_js=to_js185
$B.set_lineno(frame,112)
function _js_value189(_item){
var locals
if(arguments.length==1&&!_item?.$kw){
var locals_chatkit_browser__bridge__js_value=locals={item:_item}
}else{
var locals_chatkit_browser__bridge__js_value=locals=$B.args_parser(_js_value189,arguments)
}
var frame=["_js_value",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_js_value189]
$B.enter_frame(frame,__file__,112)
frame.positions=[[115,7,21],[115,37,22],[115,64,9],[116,15,11]]
try{
$B.js_this=this
if($B.set_lineno(frame,113)&&$B.$bool($B.$is(locals.item,_b_.None))){
$B.set_lineno(frame,114)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__bridge.NULL)
}
if($B.set_lineno(frame,115)&&($B.$bool($B.$call_with_position(_b_.isinstance,1,locals.item,_b_.int))&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,3,locals.item,_b_.bool)))&&$B.$bool($B.rich_comp('__gt__',$B.$call_with_position(_b_.abs,5,locals.item),locals_chatkit_browser__bridge._MAX_SAFE_INTEGER)))){
$B.set_lineno(frame,116)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.float,7,locals_chatkit_browser__bridge__js_value.item))
}
$B.set_lineno(frame,117)
return $B.trace_return_and_leave(frame,locals.item)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_js_value189.$function_infos=['chatkit.browser._bridge','_js_value','_js_value',__file__,_b_.None,_b_.None,_b_.None,['item'],null,null,
1,112,3,[],0,0,['item'],false,[],frame]
$B.set_func_attrs(_js_value189,frame,'chatkit.browser._bridge')
_js_value189.ob_type=$B.function
_js_value189.__annotate__=_b_.None
locals_chatkit_browser__bridge._js_value=_js_value189
$B.set_lineno(frame,120)
function to_python190(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge_to_python=locals={value:_value}
}else{
var locals_chatkit_browser__bridge_to_python=locals=$B.args_parser(to_python190,arguments)
}
var frame=["to_python",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,to_python190]
$B.enter_frame(frame,__file__,120)
frame.positions=[[122,7,15],[122,7,8],[124,7,42],[126,7,27],[126,7,12],[127,16,15],[128,7,38],[128,25,19],[129,54,25],[129,54,13],[129,21,21],[129,31,10]]
try{
$B.js_this=this
if($B.set_lineno(frame,122)&&$B.$bool($B.$call_with_position($B.resolve_in_scopes('_missing',[locals_chatkit_browser__bridge_to_python,locals_chatkit_browser__bridge,_b_],3),1,locals.value))){
$B.set_lineno(frame,123)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,124)&&$B.$bool($B.$call_with_position(_b_.isinstance,5,locals.value,$B.fast_tuple([_b_.str,_b_.bool,_b_.int,_b_.float])))){
$B.set_lineno(frame,125)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__bridge_to_python.value)
}
if($B.set_lineno(frame,126)&&$B.$bool($B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'Array',9),'isArray',7,locals.value))){
$B.set_lineno(frame,127)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_191=$B.make_js_iterator(expr,frame,127)
var result_191=$B.$list([])
try{
for(var next_191 of next_func_191){
$B.set_lineno(frame,127)
locals_chatkit_browser__bridge_to_python.item=next_191
result_191.push($B.$call_with_position(locals_chatkit_browser__bridge.to_python,11,locals.item))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_to_python.item
return result_191
})(locals_chatkit_browser__bridge_to_python.value)
)
}
if($B.set_lineno(frame,128)&&$B.$bool($B.$call_with_position(_b_.isinstance,13,locals.value,$B.$getattr_pep657(locals_chatkit_browser__bridge.javascript,'JSObject',15)))){
$B.set_lineno(frame,129)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_192=$B.make_js_iterator(expr,frame,129)
var result_192=$B.empty_dict()
try{
for(var next_192 of next_func_192){
$B.set_lineno(frame,129)
locals_chatkit_browser__bridge_to_python.key=next_192
_b_.dict.$setitem(result_192,locals.key,$B.$call_with_position(locals_chatkit_browser__bridge.to_python,21,$B.$getitem(locals_chatkit_browser__bridge_to_python.value,locals.key,23)))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_to_python.key
return result_192
})($B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'Object',19),'keys',17,locals_chatkit_browser__bridge_to_python.value))
)
}
$B.set_lineno(frame,130)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
to_python190.$function_infos=['chatkit.browser._bridge','to_python','to_python',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,120,3,[],0,0,['value','item','key'],false,[],frame]
$B.set_func_attrs(to_python190,frame,'chatkit.browser._bridge')
to_python190.ob_type=$B.function
to_python190.__annotate__=_b_.None
locals_chatkit_browser__bridge.to_python=to_python190
$B.set_lineno(frame,133)
function page_value193(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge_page_value=locals={value:_value}
}else{
var locals_chatkit_browser__bridge_page_value=locals=$B.args_parser(page_value193,arguments)
}
var frame=["page_value",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,page_value193]
$B.enter_frame(frame,__file__,133)
try{
$B.js_this=this
if($B.set_lineno(frame,135)&&$B.$bool($B.$is(locals.value,locals_chatkit_browser__bridge.NULL))){
$B.set_lineno(frame,136)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,137)&&$B.$bool($B.$is(locals.value,locals_chatkit_browser__bridge.UNDEFINED))){
$B.set_lineno(frame,138)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__bridge.UNSET)
}
$B.set_lineno(frame,139)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
page_value193.$function_infos=['chatkit.browser._bridge','page_value','page_value',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,133,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(page_value193,frame,'chatkit.browser._bridge')
page_value193.ob_type=$B.function
page_value193.__annotate__=_b_.None
locals_chatkit_browser__bridge.page_value=page_value193
$B.set_lineno(frame,142)
function _missing194(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge__missing=locals={value:_value}
}else{
var locals_chatkit_browser__bridge__missing=locals=$B.args_parser(_missing194,arguments)
}
var frame=["_missing",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_missing194]
$B.enter_frame(frame,__file__,142)
try{
$B.js_this=this
$B.set_lineno(frame,143)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.$is(locals.value,locals_chatkit_browser__bridge.NULL))?locals.$test:$B.$bool(locals.$test=$B.$is(locals.value,locals_chatkit_browser__bridge.UNDEFINED))?locals.$test:$B.$is(locals.value,_b_.None)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_missing194.$function_infos=['chatkit.browser._bridge','_missing','_missing',__file__,_b_.None,_b_.None,_b_.None,['value'],null,null,
1,142,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(_missing194,frame,'chatkit.browser._bridge')
_missing194.ob_type=$B.function
_missing194.__annotate__=_b_.None
locals_chatkit_browser__bridge._missing=_missing194
$B.set_lineno(frame,146)
function _defined195(_obj,_name){
var locals
if(arguments.length==2&&!_name?.$kw){
var locals_chatkit_browser__bridge__defined=locals={obj:_obj,name:_name}
}else{
var locals_chatkit_browser__bridge__defined=locals=$B.args_parser(_defined195,arguments)
}
var frame=["_defined",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_defined195]
$B.enter_frame(frame,__file__,146)
frame.positions=[[147,15,39],[147,24,29],[147,24,14]]
try{
$B.js_this=this
$B.set_lineno(frame,147)
return $B.trace_return_and_leave(frame,!$B.$bool($B.$call_with_position(locals_chatkit_browser__bridge._missing,1,$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'Reflect',5),'get',3,locals.obj,locals.name))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_defined195.$function_infos=['chatkit.browser._bridge','_defined','_defined',__file__,_b_.None,_b_.None,_b_.None,['obj','name'],null,null,
2,146,3,[],0,0,['obj','name'],false,[],frame]
$B.set_func_attrs(_defined195,frame,'chatkit.browser._bridge')
_defined195.ob_type=$B.function
_defined195.__annotate__=_b_.None
locals_chatkit_browser__bridge._defined=_defined195
$B.set_lineno(frame,150,'ClassDef')
var ConsoleLogger196=(function(name,bases,keywords){
$B.frame_obj.frame.inum=17
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"ConsoleLogger",bases,resolved_bases)
var locals_chatkit_browser__bridge_ConsoleLogger=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__bridge_ConsoleLogger
locals.__doc__=''
locals.__module__='chatkit.browser._bridge'
locals.__firstlineno__=150
var frame=[name,locals,'chatkit.browser._bridge',locals_chatkit_browser__bridge]
$B.enter_frame(frame,__file__,150)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,153)
function warn197(_self,_message){
var locals
if(arguments.length==2&&!_message?.$kw){
var locals_chatkit_browser__bridge_ConsoleLogger_warn=locals={self:_self,message:_message}
}else{
var locals_chatkit_browser__bridge_ConsoleLogger_warn=locals=$B.args_parser(warn197,arguments)
}
var frame=["warn",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,warn197]
$B.enter_frame(frame,__file__,153)
frame.positions=[[154,8,42],[154,8,14],[154,28,21]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(warn197,locals_chatkit_browser__bridge,"ConsoleLogger",['ConsoleLogger'])
$B.set_lineno(frame,154);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'console',3),'warn',1,$B.rich_op('__add__','chatkit: ',locals.message,5))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
warn197.$is_method=true
warn197.$function_infos=['chatkit.browser._bridge','warn','ConsoleLogger.warn',__file__,_b_.None,_b_.None,_b_.None,['self','message'],null,null,
2,153,3,[],0,0,['self','message'],false,[],frame]
$B.set_func_attrs(warn197,frame,'chatkit.browser._bridge')
warn197.ob_type=$B.function
warn197.__annotate__=_b_.None
locals_chatkit_browser__bridge_ConsoleLogger.warn=warn197
$B.set_lineno(frame,156)
function error198(_self,_message,_error){
var locals
var locals_chatkit_browser__bridge_ConsoleLogger_error=locals=$B.args_parser(error198,arguments)
var frame=["error",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,error198]
$B.enter_frame(frame,__file__,156)
frame.positions=[[157,15,21],[159,20,44],[159,27,37],[159,27,18],[160,8,26],[160,8,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(error198,locals_chatkit_browser__bridge,"ConsoleLogger",['ConsoleLogger'])
$B.set_lineno(frame,157)
locals_chatkit_browser__bridge_ConsoleLogger_error.text=$B.rich_op('__add__','chatkit: ',locals.message,1)
if($B.set_lineno(frame,158)&&$B.$bool(!$B.$is(locals.error,_b_.None))){
$B.set_lineno(frame,159)
locals_chatkit_browser__bridge_ConsoleLogger_error.text=$B.augm_assign(locals_chatkit_browser__bridge_ConsoleLogger_error.text,'+=',$B.rich_op('__add__','\\n',$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'__BRYTHON__',7),'error_trace',5,locals_chatkit_browser__bridge_ConsoleLogger_error.error),3))
}
$B.set_lineno(frame,160);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'console',11),'error',9,locals.text)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
error198.$is_method=true
error198.$function_infos=['chatkit.browser._bridge','error','ConsoleLogger.error',__file__,[_b_.None],_b_.None,_b_.None,['self','message','error'],null,null,
3,156,3,[],0,0,['self','message','error','text'],false,[],frame]
$B.set_func_attrs(error198,frame,'chatkit.browser._bridge')
error198.ob_type=$B.function
error198.__annotate__=_b_.None
locals_chatkit_browser__bridge_ConsoleLogger.error=error198
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('ConsoleLogger',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('ConsoleLogger',$B.fast_tuple([]),{})
locals_chatkit_browser__bridge.ConsoleLogger=ConsoleLogger196
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}`};
    for (var name in compiled) { B.precompiled[name] = compiled[name]; }
})(window.__BRYTHON__);
