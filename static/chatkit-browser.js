// chatkit's browser bundle, precompiled for Brython by `python -m chatkit.build.precompile`: do not edit.
// chatkit-precompiled {"brython":"sha384-CrXwmltBQ+PoNy7RISkA2JZWNSKGhJcgYhpUG4z8kgYBjoxoq3rPUXhvgqhT3nqz","modules":["chatkit","chatkit.browser","chatkit.browser._bridge","chatkit.browser._chat","chatkit.browser._checks","chatkit.browser._link","chatkit.browser._subscription","chatkit.errors","chatkit.rules","chatkit.rules.customer","chatkit.rules.languages","chatkit.rules.topics"],"sources":"6bc702600bfe1e8f6a445cb5d55a5a89eba91ad735346e78b44cc819b55b4e55"}
(function (B) {
    // Guarded: when brython.js failed to load, this file must not throw.
    if (!B) { return; }
    B.loadBrythonPackage({"$timestamp":118502482512894,"chatkit":[".py","",[],1],"chatkit.browser":[".py","",["chatkit.browser._chat","chatkit.browser._subscription","chatkit.errors","chatkit.rules.customer"],1],"chatkit.browser._bridge":[".py","",["chatkit.browser"]],"chatkit.browser._chat":[".py","",["chatkit.browser._checks","chatkit.browser._link","chatkit.browser._subscription","chatkit.errors","chatkit.rules","chatkit.rules.customer","chatkit.rules.topics"]],"chatkit.browser._checks":[".py","",["chatkit.errors","chatkit.rules.customer","chatkit.rules.languages"]],"chatkit.browser._link":[".py","",[]],"chatkit.browser._subscription":[".py","",[]],"chatkit.errors":[".py","",[]],"chatkit.rules":[".py","",[],1],"chatkit.rules.customer":[".py","",[]],"chatkit.rules.languages":[".py","",[]],"chatkit.rules.topics":[".py","",[]]});
})(window.__BRYTHON__);
window.__BRYTHON__ && (function (__chatkitB, __chatkitModules) {
__chatkitModules["chatkit"] = (function () {
var $B=__BRYTHON__,
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
}
return locals_chatkit
});
__chatkitModules["chatkit.errors"] = (function () {
var $B=__BRYTHON__,
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
var ChatkitError1=(function(name,bases,keywords){
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
locals_chatkit_errors.ChatkitError=ChatkitError1
$B.set_lineno(frame,17,'ClassDef')
var Problem2=(function(name,bases,keywords){
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
function __init__3(_self,_key,_value,_message,_severity){
var locals
var locals_chatkit_errors_Problem___init__=locals=$B.args_parser(__init__3,arguments)
var frame=["__init__",locals,"chatkit.errors",locals_chatkit_errors,__init__3]
$B.enter_frame(frame,__file__,22)
frame.positions=[[23,8,8],[24,8,10],[25,8,12],[26,8,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__3,locals_chatkit_errors,"Problem",['Problem'])
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
__init__3.$is_method=true
__init__3.$function_infos=['chatkit.errors','__init__','Problem.__init__',__file__,['error'],_b_.None,_b_.None,['self','key','value','message','severity'],null,null,
5,22,3,[],0,0,['self','key','value','message','severity'],false,[],frame]
$B.set_func_attrs(__init__3,frame,'chatkit.errors')
__init__3.ob_type=$B.function
__init__3.__annotate__=_b_.None
locals_chatkit_errors_Problem.__init__=__init__3
$B.set_lineno(frame,28)
var decorator4=_b_.property
$B.set_lineno(frame,29)
function is_error5(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_errors_Problem_is_error=locals={self:_self}
}else{
var locals_chatkit_errors_Problem_is_error=locals=$B.args_parser(is_error5,arguments)
}
var frame=["is_error",locals,"chatkit.errors",locals_chatkit_errors,is_error5]
$B.enter_frame(frame,__file__,29)
frame.positions=[[30,15,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(is_error5,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,30)
return $B.trace_return_and_leave(frame,$B.rich_comp('__eq__',$B.$getattr_pep657(locals.self,'severity',1),'error'))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
is_error5.$is_method=true
is_error5.$function_infos=['chatkit.errors','is_error','Problem.is_error',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,29,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(is_error5,frame,'chatkit.errors')
is_error5.ob_type=$B.function
is_error5.__annotate__=_b_.None
var decorated6=is_error5
locals_chatkit_errors_Problem.is_error=$B.$call(decorator4,decorated6)
$B.set_lineno(frame,32)
function line7(_self,_source){
var locals
var locals_chatkit_errors_Problem_line=locals=$B.args_parser(line7,arguments)
var frame=["line",locals,"chatkit.errors",locals_chatkit_errors,line7]
$B.enter_frame(frame,__file__,32)
frame.positions=[[34,37,8],[35,32,13],[36,15,42],[36,25,31],[36,34,21],[36,43,12]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(line7,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,34)
locals_chatkit_errors_Problem_line.parts=(function(expr){
var next_func_8=$B.make_js_iterator(expr,frame,34)
var result_8=$B.$list([])
try{
for(var next_8 of next_func_8){
$B.set_lineno(frame,34)
locals_chatkit_errors_Problem_line.p=next_8
if($B.$bool(locals.p)){
result_8.push(locals.p)
}
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_errors_Problem_line.p
return result_8
})($B.fast_tuple([locals.source,$B.$getattr_pep657(locals.self,'key',1)]))
$B.set_lineno(frame,35)
locals_chatkit_errors_Problem_line.prefix=($B.$bool($B.rich_comp('__eq__',$B.$getattr_pep657(locals.self,'severity',3),'warning'))?'warning: ':'')
$B.set_lineno(frame,36)
return $B.trace_return_and_leave(frame,$B.call_attr(': ','join',5,$B.rich_op('__add__',locals.parts,$B.$list([$B.rich_op('__add__',locals.prefix,$B.$getattr_pep657(locals.self,'message',11),9)]),7)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
line7.$is_method=true
line7.$function_infos=['chatkit.errors','line','Problem.line',__file__,[''],_b_.None,'',['self','source'],null,null,
2,32,3,[],0,0,['self','source','parts','prefix','p'],false,[],frame]
$B.set_func_attrs(line7,frame,'chatkit.errors')
line7.ob_type=$B.function
line7.__annotate__=_b_.None
locals_chatkit_errors_Problem.line=line7
$B.set_lineno(frame,38)
function __repr__9(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_errors_Problem___repr__=locals={self:_self}
}else{
var locals_chatkit_errors_Problem___repr__=locals=$B.args_parser(__repr__9,arguments)
}
var frame=["__repr__",locals,"chatkit.errors",locals_chatkit_errors,__repr__9]
$B.enter_frame(frame,__file__,38)
frame.positions=[[39,15,79],[39,44,8],[39,54,10],[39,66,12],[39,80,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__9,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,39)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','Problem(%r, %r, %r, %r)',$B.fast_tuple([$B.$getattr_pep657(locals.self,'key',3),$B.$getattr_pep657(locals.self,'value',5),$B.$getattr_pep657(locals.self,'message',7),$B.$getattr_pep657(locals.self,'severity',9)]),1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__9.$is_method=true
__repr__9.$function_infos=['chatkit.errors','__repr__','Problem.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,38,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__9,frame,'chatkit.errors')
__repr__9.ob_type=$B.function
__repr__9.__annotate__=_b_.None
locals_chatkit_errors_Problem.__repr__=__repr__9
$B.set_lineno(frame,41)
function __eq__10(_self,_other){
var locals
if(arguments.length==2&&!_other?.$kw){
var locals_chatkit_errors_Problem___eq__=locals={self:_self,other:_other}
}else{
var locals_chatkit_errors_Problem___eq__=locals=$B.args_parser(__eq__10,arguments)
}
var frame=["__eq__",locals,"chatkit.errors",locals_chatkit_errors,__eq__10]
$B.enter_frame(frame,__file__,41)
frame.positions=[[42,15,26],[42,46,10],[42,60,11]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__eq__10,locals_chatkit_errors,"Problem",['Problem'])
$B.set_lineno(frame,42)
return $B.trace_return_and_leave(frame,(!$B.$bool(locals.$test=$B.$call_with_position(_b_.isinstance,1,locals.other,locals_chatkit_errors.Problem))?locals.$test:$B.rich_comp('__eq__',$B.$call_with_position(_b_.repr,3,locals.self),$B.$call_with_position(_b_.repr,5,locals.other))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__eq__10.$is_method=true
__eq__10.$function_infos=['chatkit.errors','__eq__','Problem.__eq__',__file__,_b_.None,_b_.None,_b_.None,['self','other'],null,null,
2,41,3,[],0,0,['self','other'],false,[],frame]
$B.set_func_attrs(__eq__10,frame,'chatkit.errors')
__eq__10.ob_type=$B.function
__eq__10.__annotate__=_b_.None
locals_chatkit_errors_Problem.__eq__=__eq__10
locals.__static_attributes__=$B.fast_tuple(["key","value","message","severity"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Problem',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Problem',$B.fast_tuple([]),{})
locals_chatkit_errors.Problem=Problem2
$B.set_lineno(frame,45,'ClassDef')
var ValidationError11=(function(name,bases,keywords){
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
function __init__12(_self,_problems,_source){
var locals
var locals_chatkit_errors_ValidationError___init__=locals=$B.args_parser(__init__12,arguments)
var frame=["__init__",locals,"chatkit.errors",locals_chatkit_errors,__init__12]
$B.enter_frame(frame,__file__,48)
frame.positions=[[49,24,14],[49,8,13],[50,8,11],[51,8,66],[51,8,7],[51,25,48],[51,59,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__12,locals_chatkit_errors,"ValidationError",['ValidationError'])
$B.set_lineno(frame,49)
$B.$setattr1(locals.self,"problems",$B.$call_with_position(_b_.list,1,locals.problems),3)
$B.set_lineno(frame,50)
$B.$setattr1(locals.self,"source",locals.source,5)
$B.set_lineno(frame,51);
$B.call_attr($B.$call_with_position(_b_.super,9,),'__init__',7,$B.call_attr('\n','join',11,(function(expr){
var locals_chatkit_errors_ValidationError___init___genexpr_13={},
locals=locals_chatkit_errors_ValidationError___init___genexpr_13
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_errors_ValidationError___init___genexpr_13,"chatkit.errors",locals_chatkit_errors]
frame.$has_generators=true
frame.__file__='VFS.chatkit.errors.py'
frame.$lineno=51
$B.make_f_code(frame,['0'])
var next_func_13=$B.make_js_iterator(expr,frame,51)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen13=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,51)
var next_func_13=$B.make_js_iterator(expr,frame,51)
for(var next_13 of next_func_13){
$B.enter_frame(frame,__file__,51)
$B.set_lineno(frame,51)
locals_chatkit_errors_ValidationError___init___genexpr_13.p=next_13
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
return gen13
})($B.$getattr_pep657(locals.self,'problems',13))
))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__12.$is_method=true
__init__12.$function_infos=['chatkit.errors','__init__','ValidationError.__init__',__file__,[''],_b_.None,_b_.None,['self','problems','source'],null,null,
3,48,3,['__class__'],0,0,['self','problems','source'],false,[],frame]
$B.set_func_attrs(__init__12,frame,'chatkit.errors')
__init__12.ob_type=$B.function
__init__12.__annotate__=_b_.None
locals_chatkit_errors_ValidationError.__init__=__init__12
locals.__static_attributes__=$B.fast_tuple(["problems","source"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('ValidationError',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('ValidationError',$B.fast_tuple([locals.ChatkitError]),{})
locals_chatkit_errors.ValidationError=ValidationError11
$B.set_lineno(frame,54,'ClassDef')
var ConfigError14=(function(name,bases,keywords){
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
locals_chatkit_errors.ConfigError=ConfigError14
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_errors
});
__chatkitModules["chatkit.rules.customer"] = (function () {
var $B=__BRYTHON__,
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
locals_chatkit_rules_customer.UNSAFE_INTEGER='Customer info %s value %s is beyond \u{b1}2**53 and would lose precision, so it will be discarded'
$B.set_lineno(frame,23)
locals_chatkit_rules_customer._INFINITY=$B.$call_with_position(_b_.float,3,'inf')
$B.set_lineno(frame,26,'ClassDef')
var _Unset1=(function(name,bases,keywords){
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
function __new__2(_cls){
var locals
if(arguments.length==1&&!_cls?.$kw){
var locals_chatkit_rules_customer__Unset___new__=locals={cls:_cls}
}else{
var locals_chatkit_rules_customer__Unset___new__=locals=$B.args_parser(__new__2,arguments)
}
var frame=["__new__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__new__2]
$B.enter_frame(frame,__file__,31)
frame.positions=[[32,11,13],[33,28,19],[33,12,13],[34,15,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__new__2,locals_chatkit_rules_customer,"_Unset",['_Unset'])
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
__new__2.$is_method=true
__new__2.$function_infos=['chatkit.rules.customer','__new__','_Unset.__new__',__file__,_b_.None,_b_.None,_b_.None,['cls'],null,null,
1,31,3,[],0,0,['cls'],false,[],frame]
$B.set_func_attrs(__new__2,frame,'chatkit.rules.customer')
__new__2.ob_type=$B.function
__new__2.__annotate__=_b_.None
locals_chatkit_rules_customer__Unset.__new__=__new__2
$B.set_lineno(frame,36)
function __repr__3(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer__Unset___repr__=locals={self:_self}
}else{
var locals_chatkit_rules_customer__Unset___repr__=locals=$B.args_parser(__repr__3,arguments)
}
var frame=["__repr__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__repr__3]
$B.enter_frame(frame,__file__,36)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__3,locals_chatkit_rules_customer,"_Unset",['_Unset'])
$B.set_lineno(frame,37)
return $B.trace_return_and_leave(frame,'UNSET')
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__3.$is_method=true
__repr__3.$function_infos=['chatkit.rules.customer','__repr__','_Unset.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,36,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__3,frame,'chatkit.rules.customer')
__repr__3.ob_type=$B.function
__repr__3.__annotate__=_b_.None
locals_chatkit_rules_customer__Unset.__repr__=__repr__3
$B.set_lineno(frame,39)
function __bool__4(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer__Unset___bool__=locals={self:_self}
}else{
var locals_chatkit_rules_customer__Unset___bool__=locals=$B.args_parser(__bool__4,arguments)
}
var frame=["__bool__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__bool__4]
$B.enter_frame(frame,__file__,39)
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__bool__4,locals_chatkit_rules_customer,"_Unset",['_Unset'])
$B.set_lineno(frame,40)
return $B.trace_return_and_leave(frame,false)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__bool__4.$is_method=true
__bool__4.$function_infos=['chatkit.rules.customer','__bool__','_Unset.__bool__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,39,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__bool__4,frame,'chatkit.rules.customer')
__bool__4.ob_type=$B.function
__bool__4.__annotate__=_b_.None
locals_chatkit_rules_customer__Unset.__bool__=__bool__4
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('_Unset',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('_Unset',$B.fast_tuple([]),{})
locals_chatkit_rules_customer._Unset=_Unset1
$B.set_lineno(frame,43)
locals_chatkit_rules_customer.UNSET=$B.$call_with_position(locals._Unset,7,)
$B.set_lineno(frame,46,'ClassDef')
var Discarded5=(function(name,bases,keywords){
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
function __init__6(_self,_key,_value,_reason,_message,_chat_rule){
var locals
if(arguments.length==6&&!_chat_rule?.$kw){
var locals_chatkit_rules_customer_Discarded___init__=locals={self:_self,key:_key,value:_value,reason:_reason,message:_message,chat_rule:_chat_rule}
}else{
var locals_chatkit_rules_customer_Discarded___init__=locals=$B.args_parser(__init__6,arguments)
}
var frame=["__init__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__init__6]
$B.enter_frame(frame,__file__,51)
frame.positions=[[52,8,8],[53,8,10],[54,8,11],[55,8,12],[56,8,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__6,locals_chatkit_rules_customer,"Discarded",['Discarded'])
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
__init__6.$is_method=true
__init__6.$function_infos=['chatkit.rules.customer','__init__','Discarded.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','key','value','reason','message','chat_rule'],null,null,
6,51,3,[],0,0,['self','key','value','reason','message','chat_rule'],false,[],frame]
$B.set_func_attrs(__init__6,frame,'chatkit.rules.customer')
__init__6.ob_type=$B.function
__init__6.__annotate__=_b_.None
locals_chatkit_rules_customer_Discarded.__init__=__init__6
$B.set_lineno(frame,58)
function __repr__7(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_Discarded___repr__=locals={self:_self}
}else{
var locals_chatkit_rules_customer_Discarded___repr__=locals=$B.args_parser(__repr__7,arguments)
}
var frame=["__repr__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__repr__7]
$B.enter_frame(frame,__file__,58)
frame.positions=[[59,15,45],[59,38,8],[59,48,11]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__7,locals_chatkit_rules_customer,"Discarded",['Discarded'])
$B.set_lineno(frame,59)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','Discarded(%r, %r)',$B.fast_tuple([$B.$getattr_pep657(locals.self,'key',3),$B.$getattr_pep657(locals.self,'reason',5)]),1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__7.$is_method=true
__repr__7.$function_infos=['chatkit.rules.customer','__repr__','Discarded.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,58,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__7,frame,'chatkit.rules.customer')
__repr__7.ob_type=$B.function
__repr__7.__annotate__=_b_.None
locals_chatkit_rules_customer_Discarded.__repr__=__repr__7
locals.__static_attributes__=$B.fast_tuple(["key","value","reason","message","chat_rule"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Discarded',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Discarded',$B.fast_tuple([]),{})
locals_chatkit_rules_customer.Discarded=Discarded5
$B.set_lineno(frame,62,'ClassDef')
var InfoReport8=(function(name,bases,keywords){
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
function __init__9(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport___init__=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport___init__=locals=$B.args_parser(__init__9,arguments)
}
var frame=["__init__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__init__9]
$B.enter_frame(frame,__file__,65)
frame.positions=[[66,8,13],[67,8,14],[68,8,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__9,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
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
__init__9.$is_method=true
__init__9.$function_infos=['chatkit.rules.customer','__init__','InfoReport.__init__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,65,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__init__9,frame,'chatkit.rules.customer')
__init__9.ob_type=$B.function
__init__9.__annotate__=_b_.None
locals_chatkit_rules_customer_InfoReport.__init__=__init__9
$B.set_lineno(frame,70)
var decorator10=_b_.property
$B.set_lineno(frame,71)
function warnings11(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport_warnings=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport_warnings=locals=$B.args_parser(warnings11,arguments)
}
var frame=["warnings",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,warnings11]
$B.enter_frame(frame,__file__,71)
frame.positions=[[72,35,14],[72,16,9]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(warnings11,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
$B.set_lineno(frame,72)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_12=$B.make_js_iterator(expr,frame,72)
var result_12=$B.$list([])
try{
for(var next_12 of next_func_12){
$B.set_lineno(frame,72)
locals_chatkit_rules_customer_InfoReport_warnings.d=next_12
result_12.push($B.$getattr_pep657(locals.d,'message',3))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_rules_customer_InfoReport_warnings.d
return result_12
})($B.$getattr_pep657(locals.self,'discarded',1))
)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
warnings11.$is_method=true
warnings11.$function_infos=['chatkit.rules.customer','warnings','InfoReport.warnings',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,71,3,[],0,0,['self','d'],false,[],frame]
$B.set_func_attrs(warnings11,frame,'chatkit.rules.customer')
warnings11.ob_type=$B.function
warnings11.__annotate__=_b_.None
var decorated13=warnings11
locals_chatkit_rules_customer_InfoReport.warnings=$B.$call(decorator10,decorated13)
$B.set_lineno(frame,74)
var decorator14=_b_.property
$B.set_lineno(frame,75)
function ok15(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport_ok=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport_ok=locals=$B.args_parser(ok15,arguments)
}
var frame=["ok",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,ok15]
$B.enter_frame(frame,__file__,75)
frame.positions=[[76,19,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(ok15,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
$B.set_lineno(frame,76)
return $B.trace_return_and_leave(frame,!$B.$bool($B.$getattr_pep657(locals.self,'discarded',1)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
ok15.$is_method=true
ok15.$function_infos=['chatkit.rules.customer','ok','InfoReport.ok',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,75,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(ok15,frame,'chatkit.rules.customer')
ok15.ob_type=$B.function
ok15.__annotate__=_b_.None
var decorated16=ok15
locals_chatkit_rules_customer_InfoReport.ok=$B.$call(decorator14,decorated16)
$B.set_lineno(frame,78)
function __repr__17(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_rules_customer_InfoReport___repr__=locals={self:_self}
}else{
var locals_chatkit_rules_customer_InfoReport___repr__=locals=$B.args_parser(__repr__17,arguments)
}
var frame=["__repr__",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,__repr__17]
$B.enter_frame(frame,__file__,78)
frame.positions=[[79,15,73],[79,58,13],[79,73,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__17,locals_chatkit_rules_customer,"InfoReport",['InfoReport'])
$B.set_lineno(frame,79)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','InfoReport(accepted=%r, discarded=%r)',$B.fast_tuple([$B.$getattr_pep657(locals.self,'accepted',3),$B.$getattr_pep657(locals.self,'discarded',5)]),1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__17.$is_method=true
__repr__17.$function_infos=['chatkit.rules.customer','__repr__','InfoReport.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,78,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(__repr__17,frame,'chatkit.rules.customer')
__repr__17.ob_type=$B.function
__repr__17.__annotate__=_b_.None
locals_chatkit_rules_customer_InfoReport.__repr__=__repr__17
locals.__static_attributes__=$B.fast_tuple(["accepted","unchanged","discarded"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('InfoReport',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('InfoReport',$B.fast_tuple([]),{})
locals_chatkit_rules_customer.InfoReport=InfoReport8
$B.set_lineno(frame,82)
function check_info18(_info){
var locals
if(arguments.length==1&&!_info?.$kw){
var locals_chatkit_rules_customer_check_info=locals={info:_info}
}else{
var locals_chatkit_rules_customer_check_info=locals=$B.args_parser(check_info18,arguments)
}
var frame=["check_info",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,check_info18]
$B.enter_frame(frame,__file__,82)
frame.positions=[[88,13,12],[89,22,12],[89,22,12],[89,8,10],[91,12,28],[91,12,16],[93,20,27],[93,20,15],[95,12,20],[95,12,15],[97,12,34],[97,12,16]]
try{
$B.js_this=this
$B.set_lineno(frame,88)
locals_chatkit_rules_customer_check_info.report=$B.$call_with_position(locals_chatkit_rules_customer.InfoReport,1,)
frame.$lineno=89
var no_break_19=true,
iterator_19=$B.call_attr(locals.info,'items',3,)
iterator_19[$B.INUM]=5
for(var next_19 of $B.make_js_iterator(iterator_19,frame,89)){
var v20=next_19
var it_21=$B.unpacker(v20,2,false,7)
locals_chatkit_rules_customer_check_info.key=it_21.read_one()
locals_chatkit_rules_customer_check_info.value=it_21.read_one()
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
check_info18.$function_infos=['chatkit.rules.customer','check_info','check_info',__file__,_b_.None,_b_.None,'',['info'],null,null,
1,82,3,[],0,0,['info','report','key','value','discarded'],false,[],frame]
$B.set_func_attrs(check_info18,frame,'chatkit.rules.customer')
check_info18.ob_type=$B.function
check_info18.__annotate__=_b_.None
locals_chatkit_rules_customer.check_info=check_info18
$B.set_lineno(frame,101)
function _discard_reason22(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_rules_customer__discard_reason=locals={key:_key,value:_value}
}else{
var locals_chatkit_rules_customer__discard_reason=locals=$B.args_parser(_discard_reason22,arguments)
}
var frame=["_discard_reason",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_discard_reason22]
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
_discard_reason22.$function_infos=['chatkit.rules.customer','_discard_reason','_discard_reason',__file__,_b_.None,_b_.None,_b_.None,['key','value'],null,null,
2,101,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(_discard_reason22,frame,'chatkit.rules.customer')
_discard_reason22.ob_type=$B.function
_discard_reason22.__annotate__=_b_.None
locals_chatkit_rules_customer._discard_reason=_discard_reason22
$B.set_lineno(frame,113)
function _number_reason23(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_rules_customer__number_reason=locals={key:_key,value:_value}
}else{
var locals_chatkit_rules_customer__number_reason=locals=$B.args_parser(_number_reason23,arguments)
}
var frame=["_number_reason",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_number_reason23]
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
_number_reason23.$function_infos=['chatkit.rules.customer','_number_reason','_number_reason',__file__,_b_.None,_b_.None,_b_.None,['key','value'],null,null,
2,113,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(_number_reason23,frame,'chatkit.rules.customer')
_number_reason23.ob_type=$B.function
_number_reason23.__annotate__=_b_.None
locals_chatkit_rules_customer._number_reason=_number_reason23
$B.set_lineno(frame,124)
function _int_text24(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_rules_customer__int_text=locals={value:_value}
}else{
var locals_chatkit_rules_customer__int_text=locals=$B.args_parser(_int_text24,arguments)
}
var frame=["_int_text",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_int_text24]
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
var no_break_25=true
while($B.set_lineno(frame,133)&&$B.$bool($B.rich_comp('__gt__',$B.rich_op('__pow__',10,locals_chatkit_rules_customer__int_text.exponent,13),locals_chatkit_rules_customer__int_text.size))){
$B.set_lineno(frame,134)
locals_chatkit_rules_customer__int_text.exponent=$B.augm_assign(locals_chatkit_rules_customer__int_text.exponent,'-=',1)
}
var no_break_26=true
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
_int_text24.$function_infos=['chatkit.rules.customer','_int_text','_int_text',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,124,3,[],0,0,['value','size','exponent'],false,[],frame]
$B.set_func_attrs(_int_text24,frame,'chatkit.rules.customer')
_int_text24.ob_type=$B.function
_int_text24.__annotate__=_b_.None
locals_chatkit_rules_customer._int_text=_int_text24
$B.set_lineno(frame,140)
function _value_length_reason27(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_rules_customer__value_length_reason=locals={key:_key,value:_value}
}else{
var locals_chatkit_rules_customer__value_length_reason=locals=$B.args_parser(_value_length_reason27,arguments)
}
var frame=["_value_length_reason",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_value_length_reason27]
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
_value_length_reason27.$function_infos=['chatkit.rules.customer','_value_length_reason','_value_length_reason',__file__,_b_.None,_b_.None,_b_.None,['key','value'],null,null,
2,140,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(_value_length_reason27,frame,'chatkit.rules.customer')
_value_length_reason27.ob_type=$B.function
_value_length_reason27.__annotate__=_b_.None
locals_chatkit_rules_customer._value_length_reason=_value_length_reason27
$B.set_lineno(frame,146)
function is_primitive28(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_rules_customer_is_primitive=locals={value:_value}
}else{
var locals_chatkit_rules_customer_is_primitive=locals=$B.args_parser(is_primitive28,arguments)
}
var frame=["is_primitive",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,is_primitive28]
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
is_primitive28.$function_infos=['chatkit.rules.customer','is_primitive','is_primitive',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,146,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(is_primitive28,frame,'chatkit.rules.customer')
is_primitive28.ob_type=$B.function
is_primitive28.__annotate__=_b_.None
locals_chatkit_rules_customer.is_primitive=is_primitive28
$B.set_lineno(frame,151)
function js_length29(_text){
var locals
if(arguments.length==1&&!_text?.$kw){
var locals_chatkit_rules_customer_js_length=locals={text:_text}
}else{
var locals_chatkit_rules_customer_js_length=locals=$B.args_parser(js_length29,arguments)
}
var frame=["js_length",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,js_length29]
$B.enter_frame(frame,__file__,151)
frame.positions=[[157,11,52]]
try{
$B.js_this=this
$B.set_lineno(frame,157)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.sum,1,(function(expr){
var locals_chatkit_rules_customer_js_length_genexpr_30={},
locals=locals_chatkit_rules_customer_js_length_genexpr_30
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_rules_customer_js_length_genexpr_30,"chatkit.rules.customer",locals_chatkit_rules_customer]
frame.$has_generators=true
frame.__file__='VFS.chatkit.rules.customer.py'
frame.$lineno=157
$B.make_f_code(frame,['0'])
var next_func_30=$B.make_js_iterator(expr,frame,157)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen30=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,157)
var next_func_30=$B.make_js_iterator(expr,frame,157)
for(var next_30 of next_func_30){
$B.enter_frame(frame,__file__,157)
$B.set_lineno(frame,157)
locals_chatkit_rules_customer_js_length_genexpr_30.char=next_30
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
return gen30
})(locals.text)
))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
js_length29.$function_infos=['chatkit.rules.customer','js_length','js_length',__file__,_b_.None,_b_.None,'',['text'],null,null,
1,151,3,[],0,0,['text'],false,[],frame]
$B.set_func_attrs(js_length29,frame,'chatkit.rules.customer')
js_length29.ob_type=$B.function
js_length29.__annotate__=_b_.None
locals_chatkit_rules_customer.js_length=js_length29
$B.set_lineno(frame,160)
function js_string31(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_rules_customer_js_string=locals={value:_value}
}else{
var locals_chatkit_rules_customer_js_string=locals=$B.args_parser(js_string31,arguments)
}
var frame=["js_string",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,js_string31]
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
js_string31.$function_infos=['chatkit.rules.customer','js_string','js_string',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,160,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(js_string31,frame,'chatkit.rules.customer')
js_string31.ob_type=$B.function
js_string31.__annotate__=_b_.None
locals_chatkit_rules_customer.js_string=js_string31
$B.set_lineno(frame,171)
function _js_number32(_number){
var locals
if(arguments.length==1&&!_number?.$kw){
var locals_chatkit_rules_customer__js_number=locals={number:_number}
}else{
var locals_chatkit_rules_customer__js_number=locals=$B.args_parser(_js_number32,arguments)
}
var frame=["_js_number",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_js_number32]
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
var v33=$B.$call_with_position($B.resolve_in_scopes('_shortest_digits',[locals_chatkit_rules_customer__js_number,locals_chatkit_rules_customer,_b_],3),1,$B.$call_with_position(_b_.abs,5,locals.number))
var it_34=$B.unpacker(v33,2,false,7)
locals_chatkit_rules_customer__js_number.digits=it_34.read_one()
locals_chatkit_rules_customer__js_number.point=it_34.read_one()
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
_js_number32.$function_infos=['chatkit.rules.customer','_js_number','_js_number',__file__,_b_.None,_b_.None,'',['number'],null,null,
1,171,3,[],0,0,['number','sign','digits','point','size','exponent','mantissa'],false,[],frame]
$B.set_func_attrs(_js_number32,frame,'chatkit.rules.customer')
_js_number32.ob_type=$B.function
_js_number32.__annotate__=_b_.None
locals_chatkit_rules_customer._js_number=_js_number32
$B.set_lineno(frame,189)
function _shortest_digits35(_number){
var locals
if(arguments.length==1&&!_number?.$kw){
var locals_chatkit_rules_customer__shortest_digits=locals={number:_number}
}else{
var locals_chatkit_rules_customer__shortest_digits=locals=$B.args_parser(_shortest_digits35,arguments)
}
var frame=["_shortest_digits",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,_shortest_digits35]
$B.enter_frame(frame,__file__,189)
frame.positions=[[191,11,12],[192,28,19],[192,4,21],[193,25,23],[193,4,18],[194,13,30],[194,14,16],[195,12,73],[195,12,33],[195,12,10],[195,25,20],[195,49,35],[195,49,21],[195,53,16],[195,73,11],[196,11,18]]
try{
$B.js_this=this
$B.set_lineno(frame,191)
locals_chatkit_rules_customer__shortest_digits.text=$B.$call_with_position(_b_.repr,1,locals.number)
$B.set_lineno(frame,192)
var v36=$B.call_attr(locals.text,'partition',3,'e')
var it_37=$B.unpacker(v36,3,false,5)
locals_chatkit_rules_customer__shortest_digits.mantissa=it_37.read_one()
locals_chatkit_rules_customer__shortest_digits._=it_37.read_one()
locals_chatkit_rules_customer__shortest_digits.exponent=it_37.read_one()
$B.set_lineno(frame,193)
var v38=$B.call_attr(locals.mantissa,'partition',7,'.')
var it_39=$B.unpacker(v38,3,false,9)
locals_chatkit_rules_customer__shortest_digits.whole=it_39.read_one()
var $temp=it_39.read_one()
$B.delete_for_reassign('_',locals_chatkit_rules_customer__shortest_digits)
locals_chatkit_rules_customer__shortest_digits._=$temp
locals_chatkit_rules_customer__shortest_digits.fraction=it_39.read_one()
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
_shortest_digits35.$function_infos=['chatkit.rules.customer','_shortest_digits','_shortest_digits',__file__,_b_.None,_b_.None,'',['number'],null,null,
1,189,3,[],0,0,['number','text','mantissa','_','exponent','whole','fraction','digits','point'],false,[],frame]
$B.set_func_attrs(_shortest_digits35,frame,'chatkit.rules.customer')
_shortest_digits35.ob_type=$B.function
_shortest_digits35.__annotate__=_b_.None
locals_chatkit_rules_customer._shortest_digits=_shortest_digits35
$B.set_lineno(frame,199)
function merge_info40(_current,_accepted){
var locals
if(arguments.length==2&&!_accepted?.$kw){
var locals_chatkit_rules_customer_merge_info=locals={current:_current,accepted:_accepted}
}else{
var locals_chatkit_rules_customer_merge_info=locals=$B.args_parser(merge_info40,arguments)
}
var frame=["merge_info",locals,"chatkit.rules.customer",locals_chatkit_rules_customer,merge_info40]
$B.enter_frame(frame,__file__,199)
frame.positions=[[201,13,13],[202,22,16],[202,22,16],[202,8,10],[204,12,21],[206,12,11]]
try{
$B.js_this=this
$B.set_lineno(frame,201)
locals_chatkit_rules_customer_merge_info.merged=$B.$call_with_position(_b_.dict,1,locals.current)
frame.$lineno=202
var no_break_41=true,
iterator_41=$B.call_attr(locals.accepted,'items',3,)
iterator_41[$B.INUM]=5
for(var next_41 of $B.make_js_iterator(iterator_41,frame,202)){
var v42=next_41
var it_43=$B.unpacker(v42,2,false,7)
locals_chatkit_rules_customer_merge_info.key=it_43.read_one()
locals_chatkit_rules_customer_merge_info.value=it_43.read_one()
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
merge_info40.$function_infos=['chatkit.rules.customer','merge_info','merge_info',__file__,_b_.None,_b_.None,'',['current','accepted'],null,null,
2,199,3,[],0,0,['current','accepted','merged','key','value'],false,[],frame]
$B.set_func_attrs(merge_info40,frame,'chatkit.rules.customer')
merge_info40.ob_type=$B.function
merge_info40.__annotate__=_b_.None
locals_chatkit_rules_customer.merge_info=merge_info40
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_rules_customer
});
__chatkitModules["chatkit.rules.languages"] = (function () {
var $B=__BRYTHON__,
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
var next_func_1=$B.make_js_iterator(expr,frame,50)
var result_1=$B.empty_dict()
try{
for(var next_1 of next_func_1){
$B.set_lineno(frame,50)
locals_chatkit_rules_languages.code=next_1
_b_.dict.$setitem(result_1,$B.call_attr(locals.code,'lower',1,),locals.code)
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_rules_languages.code
return result_1
})(locals.LANGUAGES)
$B.set_lineno(frame,53)
function normalize_language2(_tag){
var locals
if(arguments.length==1&&!_tag?.$kw){
var locals_chatkit_rules_languages_normalize_language=locals={tag:_tag}
}else{
var locals_chatkit_rules_languages_normalize_language=locals=$B.args_parser(normalize_language2,arguments)
}
var frame=["normalize_language",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,normalize_language2]
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
var locals_chatkit_rules_languages_normalize_language_genexpr_3={},
locals=locals_chatkit_rules_languages_normalize_language_genexpr_3
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_rules_languages_normalize_language_genexpr_3,"chatkit.rules.languages",locals_chatkit_rules_languages]
frame.$has_generators=true
frame.__file__='VFS.chatkit.rules.languages.py'
frame.$lineno=65
$B.make_f_code(frame,['0'])
var next_func_3=$B.make_js_iterator(expr,frame,65)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen3=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,65)
var next_func_3=$B.make_js_iterator(expr,frame,65)
for(var next_3 of next_func_3){
$B.enter_frame(frame,__file__,65)
$B.set_lineno(frame,65)
locals_chatkit_rules_languages_normalize_language_genexpr_3.s=next_3
try{
yield $B.$call_with_position($B.resolve_in_scopes('_is_subtag',[locals_chatkit_rules_languages_normalize_language_genexpr_3,locals_chatkit_rules_languages_normalize_language,locals_chatkit_rules_languages,_b_],3),1,locals.s)
}catch(err){
$B.leave_frame()
throw err
}
$B.leave_frame()
}
$B.leave_frame()
},"<genexpr>")(expr)
return gen3
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
normalize_language2.$function_infos=['chatkit.rules.languages','normalize_language','normalize_language',__file__,_b_.None,_b_.None,'',['tag'],null,null,
1,53,3,[],0,0,['tag','lowered','subtags','primary'],false,[],frame]
$B.set_func_attrs(normalize_language2,frame,'chatkit.rules.languages')
normalize_language2.ob_type=$B.function
normalize_language2.__annotate__=_b_.None
locals_chatkit_rules_languages.normalize_language=normalize_language2
$B.set_lineno(frame,73)
function _chinese4(_subtags){
var locals
if(arguments.length==1&&!_subtags?.$kw){
var locals_chatkit_rules_languages__chinese=locals={subtags:_subtags}
}else{
var locals_chatkit_rules_languages__chinese=locals=$B.args_parser(_chinese4,arguments)
}
var frame=["_chinese",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,_chinese4]
$B.enter_frame(frame,__file__,73)
frame.positions=[[74,18,7],[76,19,25]]
try{
$B.js_this=this
frame.$lineno=74
var no_break_5=true,
iterator_5=locals.subtags
iterator_5[$B.INUM]=1
for(var next_5 of $B.make_js_iterator(iterator_5,frame,74)){
locals_chatkit_rules_languages__chinese.subtag=next_5
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
_chinese4.$function_infos=['chatkit.rules.languages','_chinese','_chinese',__file__,_b_.None,_b_.None,_b_.None,['subtags'],null,null,
1,73,3,[],0,0,['subtags','subtag'],false,[],frame]
$B.set_func_attrs(_chinese4,frame,'chatkit.rules.languages')
_chinese4.ob_type=$B.function
_chinese4.__annotate__=_b_.None
locals_chatkit_rules_languages._chinese=_chinese4
$B.set_lineno(frame,80)
locals_chatkit_rules_languages._SUBTAG_CHARS='abcdefghijklmnopqrstuvwxyz0123456789'
$B.set_lineno(frame,83)
function _is_subtag7(_text){
var locals
if(arguments.length==1&&!_text?.$kw){
var locals_chatkit_rules_languages__is_subtag=locals={text:_text}
}else{
var locals_chatkit_rules_languages__is_subtag=locals=$B.args_parser(_is_subtag7,arguments)
}
var frame=["_is_subtag",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,_is_subtag7]
$B.enter_frame(frame,__file__,83)
frame.positions=[[84,16,9],[84,35,37]]
try{
$B.js_this=this
$B.set_lineno(frame,84)
return $B.trace_return_and_leave(frame,(!$B.$bool(locals.$test=$B.rich_comp('__le__',1,locals.$op=$B.$call_with_position(_b_.len,1,locals.text))&&$B.rich_comp('__le__',locals.$op,8))?locals.$test:$B.$call_with_position(_b_.all,3,(function(expr){
var locals_chatkit_rules_languages__is_subtag_genexpr_8={},
locals=locals_chatkit_rules_languages__is_subtag_genexpr_8
locals['.0']=expr
var frame=["<genexpr>",locals_chatkit_rules_languages__is_subtag_genexpr_8,"chatkit.rules.languages",locals_chatkit_rules_languages]
frame.$has_generators=true
frame.__file__='VFS.chatkit.rules.languages.py'
frame.$lineno=84
$B.make_f_code(frame,['0'])
var next_func_8=$B.make_js_iterator(expr,frame,84)
frame.$f_trace=_b_.None
var _frame_obj=$B.frame_obj
var gen8=$B.generator.$factory(function*(expr){
$B.enter_frame(frame,__file__,84)
var next_func_8=$B.make_js_iterator(expr,frame,84)
for(var next_8 of next_func_8){
$B.enter_frame(frame,__file__,84)
$B.set_lineno(frame,84)
locals_chatkit_rules_languages__is_subtag_genexpr_8.c=next_8
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
return gen8
})(locals.text)
)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_is_subtag7.$function_infos=['chatkit.rules.languages','_is_subtag','_is_subtag',__file__,_b_.None,_b_.None,_b_.None,['text'],null,null,
1,83,3,[],0,0,['text'],false,[],frame]
$B.set_func_attrs(_is_subtag7,frame,'chatkit.rules.languages')
_is_subtag7.ob_type=$B.function
_is_subtag7.__annotate__=_b_.None
locals_chatkit_rules_languages._is_subtag=_is_subtag7
$B.set_lineno(frame,87)
function invalid_language_message9(_tag){
var locals
if(arguments.length==1&&!_tag?.$kw){
var locals_chatkit_rules_languages_invalid_language_message=locals={tag:_tag}
}else{
var locals_chatkit_rules_languages_invalid_language_message=locals=$B.args_parser(invalid_language_message9,arguments)
}
var frame=["invalid_language_message",locals,"chatkit.rules.languages",locals_chatkit_rules_languages,invalid_language_message9]
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
invalid_language_message9.$function_infos=['chatkit.rules.languages','invalid_language_message','invalid_language_message',__file__,_b_.None,_b_.None,'',['tag'],null,null,
1,87,3,[],0,0,['tag'],false,[],frame]
$B.set_func_attrs(invalid_language_message9,frame,'chatkit.rules.languages')
invalid_language_message9.ob_type=$B.function
invalid_language_message9.__annotate__=_b_.None
locals_chatkit_rules_languages.invalid_language_message=invalid_language_message9
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_rules_languages
});
__chatkitModules["chatkit.browser._checks"] = (function () {
var $B=__BRYTHON__,
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
$B.set_lineno(frame,23)
function check_dict1(_value,_call){
var locals
if(arguments.length==2&&!_call?.$kw){
var locals_chatkit_browser__checks_check_dict=locals={value:_value,call:_call}
}else{
var locals_chatkit_browser__checks_check_dict=locals=$B.args_parser(check_dict1,arguments)
}
var frame=["check_dict",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_dict1]
$B.enter_frame(frame,__file__,23)
frame.positions=[[25,7,23],[27,12,63],[27,33,41],[27,53,20],[27,53,11]]
try{
$B.js_this=this
if($B.set_lineno(frame,25)&&$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.value,_b_.dict))){
$B.set_lineno(frame,26)
return $B.trace_return_and_leave(frame,$B.$list([]))
}
$B.set_lineno(frame,27)
return $B.trace_return_and_leave(frame,$B.$list([$B.$call_with_position(locals_chatkit_browser__checks.Problem,3,locals.call,locals.value,$B.rich_op('__mod__',locals_chatkit_browser__checks.NOT_A_DICT,$B.fast_tuple([locals.call,$B.$getattr_pep657($B.$call_with_position(_b_.type,9,locals.value),'__name__',7)]),5))]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_dict1.$function_infos=['chatkit.browser._checks','check_dict','check_dict',__file__,_b_.None,_b_.None,'',['value','call'],null,null,
2,23,3,[],0,0,['value','call'],false,[],frame]
$B.set_func_attrs(check_dict1,frame,'chatkit.browser._checks')
check_dict1.ob_type=$B.function
check_dict1.__annotate__=_b_.None
locals_chatkit_browser__checks.check_dict=check_dict1
$B.set_lineno(frame,30)
function check_customer_info2(_info){
var locals
if(arguments.length==1&&!_info?.$kw){
var locals_chatkit_browser__checks_check_customer_info=locals={info:_info}
}else{
var locals_chatkit_browser__checks_check_customer_info=locals=$B.args_parser(check_customer_info2,arguments)
}
var frame=["check_customer_info",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_customer_info2]
$B.enter_frame(frame,__file__,30)
frame.positions=[[32,13,16],[33,70,16],[33,16,44],[33,24,15],[33,24,8],[33,33,5],[33,41,7],[33,50,9]]
try{
$B.js_this=this
$B.set_lineno(frame,32)
locals_chatkit_browser__checks_check_customer_info.report=$B.$call_with_position(locals_chatkit_browser__checks.check_info,1,locals.info)
$B.set_lineno(frame,33)
locals_chatkit_browser__checks_check_customer_info.problems=(function(expr){
var next_func_3=$B.make_js_iterator(expr,frame,33)
var result_3=$B.$list([])
try{
for(var next_3 of next_func_3){
$B.set_lineno(frame,33)
locals_chatkit_browser__checks_check_customer_info.d=next_3
result_3.push($B.$call_with_position(locals_chatkit_browser__checks.Problem,5,$B.$call_with_position($B.resolve_in_scopes('key_text',[locals_chatkit_browser__checks_check_customer_info,locals_chatkit_browser__checks,_b_],9),7,$B.$getattr_pep657(locals.d,'key',11)),$B.$getattr_pep657(locals.d,'value',13),$B.$getattr_pep657(locals.d,'message',15)))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__checks_check_customer_info.d
return result_3
})($B.$getattr_pep657(locals.report,'discarded',3))
$B.set_lineno(frame,34)
return $B.trace_return_and_leave(frame,$B.fast_tuple([locals.report,locals.problems]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_customer_info2.$function_infos=['chatkit.browser._checks','check_customer_info','check_customer_info',__file__,_b_.None,_b_.None,'',['info'],null,null,
1,30,3,[],0,0,['info','report','problems','d'],false,[],frame]
$B.set_func_attrs(check_customer_info2,frame,'chatkit.browser._checks')
check_customer_info2.ob_type=$B.function
check_customer_info2.__annotate__=_b_.None
locals_chatkit_browser__checks.check_customer_info=check_customer_info2
$B.set_lineno(frame,37)
function check_language4(_tag){
var locals
if(arguments.length==1&&!_tag?.$kw){
var locals_chatkit_browser__checks_check_language=locals={tag:_tag}
}else{
var locals_chatkit_browser__checks_check_language=locals=$B.args_parser(check_language4,arguments)
}
var frame=["check_language",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_language4]
$B.enter_frame(frame,__file__,37)
frame.positions=[[39,11,23],[41,22,55],[41,47,29]]
try{
$B.js_this=this
$B.set_lineno(frame,39)
locals_chatkit_browser__checks_check_language.code=$B.$call_with_position(locals_chatkit_browser__checks.normalize_language,1,locals.tag)
if($B.set_lineno(frame,40)&&$B.$bool($B.$is(locals.code,_b_.None))){
$B.set_lineno(frame,41)
return $B.trace_return_and_leave(frame,$B.fast_tuple([_b_.None,$B.$list([$B.$call_with_position(locals_chatkit_browser__checks.Problem,3,'language',locals_chatkit_browser__checks_check_language.tag,$B.$call_with_position(locals_chatkit_browser__checks.invalid_language_message,5,locals_chatkit_browser__checks_check_language.tag))])]))
}
$B.set_lineno(frame,42)
return $B.trace_return_and_leave(frame,$B.fast_tuple([locals.code,$B.$list([])]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_language4.$function_infos=['chatkit.browser._checks','check_language','check_language',__file__,_b_.None,_b_.None,'',['tag'],null,null,
1,37,3,[],0,0,['tag','code'],false,[],frame]
$B.set_func_attrs(check_language4,frame,'chatkit.browser._checks')
check_language4.ob_type=$B.function
check_language4.__annotate__=_b_.None
locals_chatkit_browser__checks.check_language=check_language4
$B.set_lineno(frame,45)
function check_variables5(_variables){
var locals
if(arguments.length==1&&!_variables?.$kw){
var locals_chatkit_browser__checks_check_variables=locals={variables:_variables}
}else{
var locals_chatkit_browser__checks_check_variables=locals=$B.args_parser(check_variables5,arguments)
}
var frame=["check_variables",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,check_variables5]
$B.enter_frame(frame,__file__,45)
frame.positions=[[47,4,17],[48,22,17],[48,22,17],[48,8,10],[51,18,29],[51,18,17],[53,12,12],[55,12,55],[55,28,38],[55,36,13],[55,36,8]]
try{
$B.js_this=this
$B.set_lineno(frame,47)
var v6=$B.fast_tuple([_b_.dict.$literal([]),$B.$list([])])
var it_7=$B.unpacker(v6,2,false,1)
locals_chatkit_browser__checks_check_variables.payload=it_7.read_one()
locals_chatkit_browser__checks_check_variables.problems=it_7.read_one()
frame.$lineno=48
var no_break_8=true,
iterator_8=$B.call_attr(locals.variables,'items',3,)
iterator_8[$B.INUM]=5
for(var next_8 of $B.make_js_iterator(iterator_8,frame,48)){
var v9=next_8
var it_10=$B.unpacker(v9,2,false,7)
locals_chatkit_browser__checks_check_variables.key=it_10.read_one()
locals_chatkit_browser__checks_check_variables.value=it_10.read_one()
if($B.set_lineno(frame,49)&&$B.$bool($B.$is(locals.value,locals_chatkit_browser__checks.UNSET))){
continue
}
$B.set_lineno(frame,51)
locals_chatkit_browser__checks_check_variables.message=$B.$call_with_position($B.resolve_in_scopes('_variable_problem',[locals_chatkit_browser__checks_check_variables,locals_chatkit_browser__checks,_b_],11),9,locals.key,locals.value)
if($B.set_lineno(frame,52)&&$B.$bool($B.$is(locals.message,_b_.None))){
$B.set_lineno(frame,53)
$B.$setitem(locals_chatkit_browser__checks_check_variables.payload,locals_chatkit_browser__checks_check_variables.key,locals_chatkit_browser__checks_check_variables.value,13)
}else{
$B.set_lineno(frame,55);
$B.call_attr(locals_chatkit_browser__checks_check_variables.problems,'append',15,$B.$call_with_position(locals_chatkit_browser__checks.Problem,17,$B.$call_with_position($B.resolve_in_scopes('key_text',[locals_chatkit_browser__checks_check_variables,locals_chatkit_browser__checks,_b_],21),19,locals_chatkit_browser__checks_check_variables.key),locals_chatkit_browser__checks_check_variables.value,locals_chatkit_browser__checks_check_variables.message))
}
}
$B.set_lineno(frame,56)
return $B.trace_return_and_leave(frame,$B.fast_tuple([locals.payload,locals.problems]))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
check_variables5.$function_infos=['chatkit.browser._checks','check_variables','check_variables',__file__,_b_.None,_b_.None,'',['variables'],null,null,
1,45,3,[],0,0,['variables','payload','problems','key','value','message'],false,[],frame]
$B.set_func_attrs(check_variables5,frame,'chatkit.browser._checks')
check_variables5.ob_type=$B.function
check_variables5.__annotate__=_b_.None
locals_chatkit_browser__checks.check_variables=check_variables5
$B.set_lineno(frame,59)
function _variable_problem12(_key,_value){
var locals
if(arguments.length==2&&!_value?.$kw){
var locals_chatkit_browser__checks__variable_problem=locals={key:_key,value:_value}
}else{
var locals_chatkit_browser__checks__variable_problem=locals=$B.args_parser(_variable_problem12,arguments)
}
var frame=["_variable_problem",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,_variable_problem12]
$B.enter_frame(frame,__file__,59)
frame.positions=[[60,11,20],[61,15,30],[62,24,30],[64,11,19],[65,15,28],[66,7,24],[67,15,33],[68,7,22],[68,34,10],[69,15,33]]
try{
$B.js_this=this
if($B.set_lineno(frame,60)&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.key,_b_.str)))){
$B.set_lineno(frame,61)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_browser__checks.VARIABLE_KEY_NOT_TEXT,$B.fast_tuple([locals_chatkit_browser__checks__variable_problem.key]),3))
}
if($B.set_lineno(frame,62)&&($B.$bool($B.$is(locals.value,_b_.None))||$B.$bool($B.$call_with_position(_b_.isinstance,5,locals.value,$B.fast_tuple([_b_.str,_b_.bool]))))){
$B.set_lineno(frame,63)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,64)&&$B.$bool(!$B.$bool($B.$call_with_position(locals_chatkit_browser__checks.is_primitive,7,locals.value)))){
$B.set_lineno(frame,65)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_browser__checks.VARIABLE_NOT_PRIMITIVE,locals_chatkit_browser__checks__variable_problem.key,9))
}
if($B.set_lineno(frame,66)&&($B.$bool($B.$call_with_position(_b_.isinstance,11,locals.value,_b_.float))&&$B.$bool(($B.$bool(locals.$test=$B.rich_comp('__ne__',locals.value,locals.value))?locals.$test:$B.$is_member(locals.value,$B.fast_tuple([locals_chatkit_browser__checks._INFINITY,$B.call_special_unary(locals_chatkit_browser__checks._INFINITY,'__neg__','unary -')])))))){
$B.set_lineno(frame,67)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_browser__checks.VARIABLE_NOT_EXACT,$B.fast_tuple([locals_chatkit_browser__checks__variable_problem.key,locals_chatkit_browser__checks__variable_problem.value]),13))
}
if($B.set_lineno(frame,68)&&($B.$bool($B.$call_with_position(_b_.isinstance,15,locals.value,_b_.int))&&$B.$bool($B.rich_comp('__gt__',$B.$call_with_position(_b_.abs,17,locals.value),locals_chatkit_browser__checks.SAFE_INTEGER)))){
$B.set_lineno(frame,69)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__',locals_chatkit_browser__checks.VARIABLE_NOT_EXACT,$B.fast_tuple([locals_chatkit_browser__checks__variable_problem.key,locals_chatkit_browser__checks__variable_problem.value]),19))
}
$B.set_lineno(frame,70)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_variable_problem12.$function_infos=['chatkit.browser._checks','_variable_problem','_variable_problem',__file__,_b_.None,_b_.None,_b_.None,['key','value'],null,null,
2,59,3,[],0,0,['key','value'],false,[],frame]
$B.set_func_attrs(_variable_problem12,frame,'chatkit.browser._checks')
_variable_problem12.ob_type=$B.function
_variable_problem12.__annotate__=_b_.None
locals_chatkit_browser__checks._variable_problem=_variable_problem12
$B.set_lineno(frame,73)
function key_text13(_key){
var locals
if(arguments.length==1&&!_key?.$kw){
var locals_chatkit_browser__checks_key_text=locals={key:_key}
}else{
var locals_chatkit_browser__checks_key_text=locals=$B.args_parser(key_text13,arguments)
}
var frame=["key_text",locals,"chatkit.browser._checks",locals_chatkit_browser__checks,key_text13]
$B.enter_frame(frame,__file__,73)
frame.positions=[[74,18,20],[74,44,9]]
try{
$B.js_this=this
$B.set_lineno(frame,74)
return $B.trace_return_and_leave(frame,($B.$bool($B.$call_with_position(_b_.isinstance,1,locals.key,_b_.str))?locals.key:$B.$call_with_position(_b_.repr,3,locals.key)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
key_text13.$function_infos=['chatkit.browser._checks','key_text','key_text',__file__,_b_.None,_b_.None,_b_.None,['key'],null,null,
1,73,3,[],0,0,['key'],false,[],frame]
$B.set_func_attrs(key_text13,frame,'chatkit.browser._checks')
key_text13.ob_type=$B.function
key_text13.__annotate__=_b_.None
locals_chatkit_browser__checks.key_text=key_text13
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__checks
});
__chatkitModules["chatkit.browser._link"] = (function () {
var $B=__BRYTHON__,
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
var Link1=(function(name,bases,keywords){
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
function __init__2(_self,_logger){
var locals
if(arguments.length==2&&!_logger?.$kw){
var locals_chatkit_browser__link_Link___init__=locals={self:_self,logger:_logger}
}else{
var locals_chatkit_browser__link_Link___init__=locals=$B.args_parser(__init__2,arguments)
}
var frame=["__init__",locals,"chatkit.browser._link",locals_chatkit_browser__link,__init__2]
$B.enter_frame(frame,__file__,15)
frame.positions=[[16,8,8],[17,8,11],[18,8,13],[19,8,14],[20,8,19]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__2,locals_chatkit_browser__link,"Link",['Link'])
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
__init__2.$is_method=true
__init__2.$function_infos=['chatkit.browser._link','__init__','Link.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','logger'],null,null,
2,15,3,[],0,0,['self','logger'],false,[],frame]
$B.set_func_attrs(__init__2,frame,'chatkit.browser._link')
__init__2.ob_type=$B.function
__init__2.__annotate__=_b_.None
locals_chatkit_browser__link_Link.__init__=__init__2
$B.set_lineno(frame,22)
var decorator3=_b_.property
$B.set_lineno(frame,23)
function pending4(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__link_Link_pending=locals={self:_self}
}else{
var locals_chatkit_browser__link_Link_pending=locals=$B.args_parser(pending4,arguments)
}
var frame=["pending",locals,"chatkit.browser._link",locals_chatkit_browser__link,pending4]
$B.enter_frame(frame,__file__,23)
frame.positions=[[25,15,18],[25,19,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(pending4,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,25)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.len,1,$B.$getattr_pep657(locals.self,'_pending',3)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
pending4.$is_method=true
pending4.$function_infos=['chatkit.browser._link','pending','Link.pending',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,23,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(pending4,frame,'chatkit.browser._link')
pending4.ob_type=$B.function
pending4.__annotate__=_b_.None
var decorated5=pending4
locals_chatkit_browser__link_Link.pending=$B.$call(decorator3,decorated5)
$B.set_lineno(frame,27)
function do6(_self,_what,_action){
var locals
if(arguments.length==3&&!_action?.$kw){
var locals_chatkit_browser__link_Link_do=locals={self:_self,what:_what,action:_action}
}else{
var locals_chatkit_browser__link_Link_do=locals=$B.args_parser(do6,arguments)
}
var frame=["do",locals,"chatkit.browser._link",locals_chatkit_browser__link,do6]
$B.enter_frame(frame,__file__,27)
frame.positions=[[29,11,8],[29,31,14],[30,12,36],[30,12,13],[32,12,23]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(do6,locals_chatkit_browser__link,"Link",['Link'])
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
do6.$is_method=true
do6.$function_infos=['chatkit.browser._link','do','Link.do',__file__,_b_.None,_b_.None,'',['self','what','action'],null,null,
3,27,3,[],0,0,['self','what','action'],false,[],frame]
$B.set_func_attrs(do6,frame,'chatkit.browser._link')
do6.ob_type=$B.function
do6.__annotate__=_b_.None
locals_chatkit_browser__link_Link.do=do6
$B.set_lineno(frame,34)
function attach7(_self,_bus){
var locals
if(arguments.length==2&&!_bus?.$kw){
var locals_chatkit_browser__link_Link_attach=locals={self:_self,bus:_bus}
}else{
var locals_chatkit_browser__link_Link_attach=locals=$B.args_parser(attach7,arguments)
}
var frame=["attach",locals,"chatkit.browser._link",locals_chatkit_browser__link,attach7]
$B.enter_frame(frame,__file__,34)
frame.positions=[[36,18,8],[38,29,8],[38,8,18],[38,18,8],[40,32,25],[40,37,19],[40,32,25],[41,16,22],[42,8,13]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(attach7,locals_chatkit_browser__link,"Link",['Link'])
if($B.set_lineno(frame,36)&&$B.$bool($B.$is(locals.bus,$B.$getattr_pep657(locals.self,'bus',1)))){
$B.set_lineno(frame,37)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,38)
var v8=$B.fast_tuple([$B.$getattr_pep657(locals.self,'bus',3),locals.bus])
var it_9=$B.unpacker(v8,2,false,5)
locals_chatkit_browser__link_Link_attach.previous=it_9.read_one()
$B.$setattr1(locals.self,"bus",it_9.read_one(),7)
if($B.set_lineno(frame,39)&&$B.$bool(!$B.$is(locals.previous,_b_.None))){
frame.$lineno=40
var no_break_10=true,
iterator_10=$B.$call_with_position(_b_.list,9,$B.$getattr_pep657(locals_chatkit_browser__link_Link_attach.self,'_subscriptions',11))
iterator_10[$B.INUM]=13
for(var next_10 of $B.make_js_iterator(iterator_10,frame,40)){
locals_chatkit_browser__link_Link_attach.subscription=next_10
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
attach7.$is_method=true
attach7.$function_infos=['chatkit.browser._link','attach','Link.attach',__file__,_b_.None,_b_.None,'',['self','bus'],null,null,
2,34,3,[],0,0,['self','bus','previous','subscription'],false,[],frame]
$B.set_func_attrs(attach7,frame,'chatkit.browser._link')
attach7.ob_type=$B.function
attach7.__annotate__=_b_.None
locals_chatkit_browser__link_Link.attach=attach7
$B.set_lineno(frame,44)
function track11(_self,_subscription){
var locals
if(arguments.length==2&&!_subscription?.$kw){
var locals_chatkit_browser__link_Link_track=locals={self:_self,subscription:_subscription}
}else{
var locals_chatkit_browser__link_Link_track=locals=$B.args_parser(track11,arguments)
}
var frame=["track",locals,"chatkit.browser._link",locals_chatkit_browser__link,track11]
$B.enter_frame(frame,__file__,44)
frame.positions=[[45,31,19],[46,12,40],[46,12,19]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(track11,locals_chatkit_browser__link,"Link",['Link'])
if($B.set_lineno(frame,45)&&$B.$bool(!$B.$is_member(locals.subscription,$B.$getattr_pep657(locals.self,'_subscriptions',1)))){
$B.set_lineno(frame,46);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link_track.self,'_subscriptions',5),'append',3,locals_chatkit_browser__link_Link_track.subscription)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
track11.$is_method=true
track11.$function_infos=['chatkit.browser._link','track','Link.track',__file__,_b_.None,_b_.None,_b_.None,['self','subscription'],null,null,
2,44,3,[],0,0,['self','subscription'],false,[],frame]
$B.set_func_attrs(track11,frame,'chatkit.browser._link')
track11.ob_type=$B.function
track11.__annotate__=_b_.None
locals_chatkit_browser__link_Link.track=track11
$B.set_lineno(frame,48)
function forget12(_self,_subscription){
var locals
if(arguments.length==2&&!_subscription?.$kw){
var locals_chatkit_browser__link_Link_forget=locals={self:_self,subscription:_subscription}
}else{
var locals_chatkit_browser__link_Link_forget=locals=$B.args_parser(forget12,arguments)
}
var frame=["forget",locals,"chatkit.browser._link",locals_chatkit_browser__link,forget12]
$B.enter_frame(frame,__file__,48)
frame.positions=[[49,27,19],[50,12,40],[50,12,19]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(forget12,locals_chatkit_browser__link,"Link",['Link'])
if($B.set_lineno(frame,49)&&$B.$bool($B.$is_member(locals.subscription,$B.$getattr_pep657(locals.self,'_subscriptions',1)))){
$B.set_lineno(frame,50);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link_forget.self,'_subscriptions',5),'remove',3,locals_chatkit_browser__link_Link_forget.subscription)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
forget12.$is_method=true
forget12.$function_infos=['chatkit.browser._link','forget','Link.forget',__file__,_b_.None,_b_.None,_b_.None,['self','subscription'],null,null,
2,48,3,[],0,0,['self','subscription'],false,[],frame]
$B.set_func_attrs(forget12,frame,'chatkit.browser._link')
forget12.ob_type=$B.function
forget12.__annotate__=_b_.None
locals_chatkit_browser__link_Link.forget=forget12
$B.set_lineno(frame,52)
function _flush13(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__link_Link__flush=locals={self:_self}
}else{
var locals_chatkit_browser__link_Link__flush=locals=$B.args_parser(_flush13,arguments)
}
var frame=["_flush",locals,"chatkit.browser._link",locals_chatkit_browser__link,_flush13]
$B.enter_frame(frame,__file__,52)
frame.positions=[[53,8,14],[55,18,13],[56,31,20],[56,31,13],[56,16,12],[57,16,23],[59,12,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_flush13,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,53)
$B.$setattr1(locals.self,"_flushing",true,1)
$B.set_lineno(frame,54)
try{
var stack_length_14=$B.count_frames()
var save_frame_obj_14=$B.frame_obj
var no_break_15=true
while($B.set_lineno(frame,55)&&$B.$bool($B.$getattr_pep657(locals_chatkit_browser__link_Link__flush.self,'_pending',3))){
$B.set_lineno(frame,56)
var v16=$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link__flush.self,'_pending',7),'pop',5,0)
var it_17=$B.unpacker(v16,2,false,9)
locals_chatkit_browser__link_Link__flush.what=it_17.read_one()
locals_chatkit_browser__link_Link__flush.action=it_17.read_one()
$B.set_lineno(frame,57);
$B.call_attr(locals_chatkit_browser__link_Link__flush.self,'_run',11,locals.what,locals.action)
}
}finally{
var exit=false
if($B.count_frames()<stack_length_14){
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
_flush13.$is_method=true
_flush13.$function_infos=['chatkit.browser._link','_flush','Link._flush',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,52,3,[],0,0,['self','what','action'],false,[],frame]
$B.set_func_attrs(_flush13,frame,'chatkit.browser._link')
_flush13.ob_type=$B.function
_flush13.__annotate__=_b_.None
locals_chatkit_browser__link_Link._flush=_flush13
$B.set_lineno(frame,61)
function _run18(_self,_what,_action){
var locals
if(arguments.length==3&&!_action?.$kw){
var locals_chatkit_browser__link_Link__run=locals={self:_self,what:_what,action:_action}
}else{
var locals_chatkit_browser__link_Link__run=locals=$B.args_parser(_run18,arguments)
}
var frame=["_run",locals,"chatkit.browser._link",locals_chatkit_browser__link,_run18]
$B.enter_frame(frame,__file__,61)
frame.positions=[[65,12,16],[65,19,8],[67,12,44],[67,12,11],[67,30,18]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_run18,locals_chatkit_browser__link,"Link",['Link'])
$B.set_lineno(frame,64)
try{
var stack_length_19=$B.count_frames()
var save_frame_obj_19=$B.frame_obj
$B.set_lineno(frame,65);
$B.$call_with_position(locals_chatkit_browser__link_Link__run.action,1,$B.$getattr_pep657(locals_chatkit_browser__link_Link__run.self,'bus',3))
}catch(err19){
$B.set_exc_and_trace(frame,err19)
if($B.set_lineno(frame,66)&&$B.is_exc(err19,[_b_.Exception])){
locals.error=err19
$B.set_lineno(frame,67);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__link_Link__run.self,'logger',7),'error',5,$B.rich_op('__mod__','%s failed',locals_chatkit_browser__link_Link__run.what,9),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_19
}else{
throw err19
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_run18.$is_method=true
_run18.$function_infos=['chatkit.browser._link','_run','Link._run',__file__,_b_.None,_b_.None,_b_.None,['self','what','action'],null,null,
3,61,3,[],0,0,['self','what','action','error'],false,[],frame]
$B.set_func_attrs(_run18,frame,'chatkit.browser._link')
_run18.ob_type=$B.function
_run18.__annotate__=_b_.None
locals_chatkit_browser__link_Link._run=_run18
locals.__static_attributes__=$B.fast_tuple(["bus","logger","_pending","_flushing","_subscriptions"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Link',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Link',$B.fast_tuple([]),{})
locals_chatkit_browser__link.Link=Link1
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__link
});
__chatkitModules["chatkit.browser._subscription"] = (function () {
var $B=__BRYTHON__,
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
var Subscription1=(function(name,bases,keywords){
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
function __init__2(_self,_topic,_handler,_link){
var locals
if(arguments.length==4&&!_link?.$kw){
var locals_chatkit_browser__subscription_Subscription___init__=locals={self:_self,topic:_topic,handler:_handler,link:_link}
}else{
var locals_chatkit_browser__subscription_Subscription___init__=locals=$B.args_parser(__init__2,arguments)
}
var frame=["__init__",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,__init__2]
$B.enter_frame(frame,__file__,14)
frame.positions=[[15,8,10],[16,8,12],[17,8,11],[18,8,10],[19,8,22]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__2,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
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
__init__2.$is_method=true
__init__2.$function_infos=['chatkit.browser._subscription','__init__','Subscription.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','topic','handler','link'],null,null,
4,14,3,[],0,0,['self','topic','handler','link'],false,[],frame]
$B.set_func_attrs(__init__2,frame,'chatkit.browser._subscription')
__init__2.ob_type=$B.function
__init__2.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.__init__=__init__2
$B.set_lineno(frame,21)
function connect3(_self,_bus){
var locals
if(arguments.length==2&&!_bus?.$kw){
var locals_chatkit_browser__subscription_Subscription_connect=locals={self:_self,bus:_bus}
}else{
var locals_chatkit_browser__subscription_Subscription_connect=locals=$B.args_parser(connect3,arguments)
}
var frame=["connect",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,connect3]
$B.enter_frame(frame,__file__,21)
frame.positions=[[23,11,11],[24,37,39],[24,51,10],[24,63,12],[24,12,22],[25,12,22],[25,12,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(connect3,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
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
connect3.$is_method=true
connect3.$function_infos=['chatkit.browser._subscription','connect','Subscription.connect',__file__,_b_.None,_b_.None,'',['self','bus'],null,null,
2,21,3,[],0,0,['self','bus'],false,[],frame]
$B.set_func_attrs(connect3,frame,'chatkit.browser._subscription')
connect3.ob_type=$B.function
connect3.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.connect=connect3
$B.set_lineno(frame,27)
function move4(_self,_bus){
var locals
if(arguments.length==2&&!_bus?.$kw){
var locals_chatkit_browser__subscription_Subscription_move=locals={self:_self,bus:_bus}
}else{
var locals_chatkit_browser__subscription_Subscription_move=locals=$B.args_parser(move4,arguments)
}
var frame=["move",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,move4]
$B.enter_frame(frame,__file__,27)
frame.positions=[[29,8,19],[30,8,17]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(move4,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,29);
$B.call_attr(locals.self,'_unsubscribe',1,)
$B.set_lineno(frame,30);
$B.call_attr(locals.self,'connect',3,locals.bus)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
move4.$is_method=true
move4.$function_infos=['chatkit.browser._subscription','move','Subscription.move',__file__,_b_.None,_b_.None,'',['self','bus'],null,null,
2,27,3,[],0,0,['self','bus'],false,[],frame]
$B.set_func_attrs(move4,frame,'chatkit.browser._subscription')
move4.ob_type=$B.function
move4.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.move=move4
$B.set_lineno(frame,32)
function deliver5(_self,_data){
var locals
if(arguments.length==2&&!_data?.$kw){
var locals_chatkit_browser__subscription_Subscription_deliver=locals={self:_self,data:_data}
}else{
var locals_chatkit_browser__subscription_Subscription_deliver=locals=$B.args_parser(deliver5,arguments)
}
var frame=["deliver",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,deliver5]
$B.enter_frame(frame,__file__,32)
frame.positions=[[34,15,11],[37,12,18],[39,40,12,42],[39,12,17],[39,12,10],[39,36,62],[39,66,19],[39,66,5],[39,72,12],[39,87,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(deliver5,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
if($B.set_lineno(frame,34)&&$B.$bool(!$B.$bool($B.$getattr_pep657(locals.self,'active',1)))){
$B.set_lineno(frame,35)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,36)
try{
var stack_length_6=$B.count_frames()
var save_frame_obj_6=$B.frame_obj
$B.set_lineno(frame,37);
$B.call_attr(locals_chatkit_browser__subscription_Subscription_deliver.self,'handler',3,locals_chatkit_browser__subscription_Subscription_deliver.data)
}catch(err6){
$B.set_exc_and_trace(frame,err6)
if($B.set_lineno(frame,38)&&$B.is_exc(err6,[_b_.Exception])){
locals.error=err6
$B.set_lineno(frame,39);
$B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_deliver.self,'_link',9),'logger',7),'error',5,$B.rich_op('__mod__','handler %s for %s failed',$B.fast_tuple([$B.$call_with_position($B.resolve_in_scopes('_name',[locals_chatkit_browser__subscription_Subscription_deliver,locals_chatkit_browser__subscription,_b_],15),13,$B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_deliver.self,'handler',17)),$B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription_deliver.self,'topic',19)]),11),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_6
}else{
throw err6
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
deliver5.$is_method=true
deliver5.$function_infos=['chatkit.browser._subscription','deliver','Subscription.deliver',__file__,_b_.None,_b_.None,'',['self','data'],null,null,
2,32,3,[],0,0,['self','data','error'],false,[],frame]
$B.set_func_attrs(deliver5,frame,'chatkit.browser._subscription')
deliver5.ob_type=$B.function
deliver5.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.deliver=deliver5
$B.set_lineno(frame,42)
function remove7(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__subscription_Subscription_remove=locals={self:_self}
}else{
var locals_chatkit_browser__subscription_Subscription_remove=locals=$B.args_parser(remove7,arguments)
}
var frame=["remove",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,remove7]
$B.enter_frame(frame,__file__,42)
frame.positions=[[44,8,11],[45,8,19],[46,8,23],[46,8,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(remove7,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
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
remove7.$is_method=true
remove7.$function_infos=['chatkit.browser._subscription','remove','Subscription.remove',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,42,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(remove7,frame,'chatkit.browser._subscription')
remove7.ob_type=$B.function
remove7.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.remove=remove7
$B.set_lineno(frame,48)
function _unsubscribe8(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__subscription_Subscription__unsubscribe=locals={self:_self}
}else{
var locals_chatkit_browser__subscription_Subscription__unsubscribe=locals=$B.args_parser(_unsubscribe8,arguments)
}
var frame=["_unsubscribe",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,_unsubscribe8]
$B.enter_frame(frame,__file__,48)
frame.positions=[[49,47,22],[49,8,36],[49,22,22],[52,16,21],[54,16,59],[54,16,17],[54,16,10],[54,40,27]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_unsubscribe8,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,49)
var v9=$B.fast_tuple([$B.$getattr_pep657(locals.self,'_bus_subscription',1),_b_.None])
var it_10=$B.unpacker(v9,2,false,3)
locals_chatkit_browser__subscription_Subscription__unsubscribe.subscription=it_10.read_one()
$B.$setattr1(locals.self,"_bus_subscription",it_10.read_one(),5)
if($B.set_lineno(frame,50)&&$B.$bool(!$B.$is(locals.subscription,_b_.None))){
$B.set_lineno(frame,51)
try{
var stack_length_11=$B.count_frames()
var save_frame_obj_11=$B.frame_obj
$B.set_lineno(frame,52);
$B.call_attr(locals_chatkit_browser__subscription_Subscription__unsubscribe.subscription,'remove',7,)
}catch(err11){
$B.set_exc_and_trace(frame,err11)
if($B.set_lineno(frame,53)&&$B.is_exc(err11,[_b_.Exception])){
locals.error=err11
$B.set_lineno(frame,54);
$B.call_attr($B.$getattr_pep657($B.$getattr_pep657(locals_chatkit_browser__subscription_Subscription__unsubscribe.self,'_link',13),'logger',11),'error',9,$B.rich_op('__mod__','removing %r failed',locals_chatkit_browser__subscription_Subscription__unsubscribe.self,15),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_11
}else{
throw err11
}
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_unsubscribe8.$is_method=true
_unsubscribe8.$function_infos=['chatkit.browser._subscription','_unsubscribe','Subscription._unsubscribe',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,48,3,[],0,0,['self','subscription','error'],false,[],frame]
$B.set_func_attrs(_unsubscribe8,frame,'chatkit.browser._subscription')
_unsubscribe8.ob_type=$B.function
_unsubscribe8.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription._unsubscribe=_unsubscribe8
$B.set_lineno(frame,56)
function __repr__13(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__subscription_Subscription___repr__=locals={self:_self}
}else{
var locals_chatkit_browser__subscription_Subscription___repr__=locals=$B.args_parser(__repr__13,arguments)
}
var frame=["__repr__",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,__repr__13]
$B.enter_frame(frame,__file__,56)
frame.positions=[[57,28,11],[58,15,68],[58,44,10],[58,56,19],[58,56,5],[58,62,12]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__repr__13,locals_chatkit_browser__subscription,"Subscription",['Subscription'])
$B.set_lineno(frame,57)
locals_chatkit_browser__subscription_Subscription___repr__.state=($B.$bool($B.$getattr_pep657(locals.self,'active',1))?'active':'removed')
$B.set_lineno(frame,58)
return $B.trace_return_and_leave(frame,$B.rich_op('__mod__','<Subscription %s %s %s>',$B.fast_tuple([$B.$getattr_pep657(locals.self,'topic',5),$B.$call_with_position($B.resolve_in_scopes('_name',[locals_chatkit_browser__subscription_Subscription___repr__,locals_chatkit_browser__subscription,_b_],9),7,$B.$getattr_pep657(locals.self,'handler',11)),locals.state]),3))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__repr__13.$is_method=true
__repr__13.$function_infos=['chatkit.browser._subscription','__repr__','Subscription.__repr__',__file__,_b_.None,_b_.None,_b_.None,['self'],null,null,
1,56,3,[],0,0,['self','state'],false,[],frame]
$B.set_func_attrs(__repr__13,frame,'chatkit.browser._subscription')
__repr__13.ob_type=$B.function
__repr__13.__annotate__=_b_.None
locals_chatkit_browser__subscription_Subscription.__repr__=__repr__13
locals.__static_attributes__=$B.fast_tuple(["topic","handler","active","_link","_bus_subscription"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Subscription',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Subscription',$B.fast_tuple([]),{})
locals_chatkit_browser__subscription.Subscription=Subscription1
$B.set_lineno(frame,61)
function _name14(_handler){
var locals
if(arguments.length==1&&!_handler?.$kw){
var locals_chatkit_browser__subscription__name=locals={handler:_handler}
}else{
var locals_chatkit_browser__subscription__name=locals=$B.args_parser(_name14,arguments)
}
var frame=["_name",locals,"chatkit.browser._subscription",locals_chatkit_browser__subscription,_name14]
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
_name14.$function_infos=['chatkit.browser._subscription','_name','_name',__file__,_b_.None,_b_.None,_b_.None,['handler'],null,null,
1,61,3,[],0,0,['handler'],false,[],frame]
$B.set_func_attrs(_name14,frame,'chatkit.browser._subscription')
_name14.ob_type=$B.function
_name14.__annotate__=_b_.None
locals_chatkit_browser__subscription._name=_name14
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__subscription
});
__chatkitModules["chatkit.rules"] = (function () {
var $B=__BRYTHON__,
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
}
return locals_chatkit_rules
});
__chatkitModules["chatkit.rules.topics"] = (function () {
var $B=__BRYTHON__,
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
$B.set_lineno(frame,8)
locals_chatkit_rules_topics.SET_INFO='customer:set-info'
$B.set_lineno(frame,9)
locals_chatkit_rules_topics.RESET_INFO='customer:reset-info'
$B.set_lineno(frame,10)
locals_chatkit_rules_topics.INFO_SENT='customer:info-sent'
$B.set_lineno(frame,11)
locals_chatkit_rules_topics.SET_LANGUAGE='chat:set-language'
$B.set_lineno(frame,12)
locals_chatkit_rules_topics.SET_VARIABLES='chat:set-variables'
$B.set_lineno(frame,13)
locals_chatkit_rules_topics.TRIGGER_INVITATION='chat:trigger-invitation'
$B.set_lineno(frame,14)
locals_chatkit_rules_topics.TRIGGER_PRE_CHAT='chat:trigger-pre-chat'
$B.set_lineno(frame,15)
locals_chatkit_rules_topics.TRIGGER_CHAT_WINDOW='chat:trigger-chat-window'
$B.set_lineno(frame,16)
locals_chatkit_rules_topics.END='chat:end'
$B.set_lineno(frame,18)
locals_chatkit_rules_topics.COMMANDS=$B.fast_tuple([locals.SET_INFO,locals.RESET_INFO,locals.END,locals.TRIGGER_INVITATION,locals.SET_LANGUAGE,locals.TRIGGER_PRE_CHAT,locals.TRIGGER_CHAT_WINDOW,locals.SET_VARIABLES])
$B.set_lineno(frame,20)
locals_chatkit_rules_topics.EVENTS=$B.fast_tuple([locals.INFO_SENT])
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_rules_topics
});
__chatkitModules["chatkit.browser._chat"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__chat=$B.namespace("chatkit.browser._chat"),
locals=locals_chatkit_browser__chat,
frame=["chatkit.browser._chat",locals,"chatkit.browser._chat",locals]
var __file__=locals.__file__="VFS.chatkit.browser._chat.py"
locals.__name__="chatkit.browser._chat"
locals.__doc__=''
frame.positions=[[11,16,0,1],[17,0,38],[18,0,54],[19,0,42],[20,0,32],[21,0,45],[24,10,8],[27,34,0,99],[37,65,0,46],[68,188,0,45]]
$B.enter_frame(frame,__file__,1)
var _frame_obj=$B.frame_obj
locals.$annotations={}
var stack_length=$B.count_frames()
try{
$B.set_lineno(frame,11)
$B.$import_from("chatkit.browser._checks",'check_customer_info',{},0,locals,1)
$B.$import_from("chatkit.browser._checks",'check_dict',{},0,locals,1)
$B.$import_from("chatkit.browser._checks",'check_language',{},0,locals,1)
$B.$import_from("chatkit.browser._checks",'check_variables',{},0,locals,1)
$B.set_lineno(frame,17)
$B.$import_from("chatkit.browser._link",'Link',{},0,locals,3)
$B.set_lineno(frame,18)
$B.$import_from("chatkit.browser._subscription",'Subscription',{},0,locals,5)
$B.set_lineno(frame,19)
$B.$import_from("chatkit.errors",'ValidationError',{},0,locals,7)
$B.set_lineno(frame,20)
$B.$import_from("chatkit.rules",'topics',{},0,locals,9)
$B.set_lineno(frame,21)
$B.$import_from("chatkit.rules.customer",'InfoReport',{},0,locals,11)
$B.set_lineno(frame,24)
locals_chatkit_browser__chat.NO_DATA=$B.$call_with_position(_b_.object,13,)
$B.set_lineno(frame,27,'ClassDef')
var PrintLogger1=(function(name,bases,keywords){
$B.frame_obj.frame.inum=15
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"PrintLogger",bases,resolved_bases)
var locals_chatkit_browser__chat_PrintLogger=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__chat_PrintLogger
locals.__doc__=''
locals.__module__='chatkit.browser._chat'
locals.__firstlineno__=27
var frame=[name,locals,'chatkit.browser._chat',locals_chatkit_browser__chat]
$B.enter_frame(frame,__file__,27)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,30)
function warn2(_self,_message){
var locals
if(arguments.length==2&&!_message?.$kw){
var locals_chatkit_browser__chat_PrintLogger_warn=locals={self:_self,message:_message}
}else{
var locals_chatkit_browser__chat_PrintLogger_warn=locals=$B.args_parser(warn2,arguments)
}
var frame=["warn",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,warn2]
$B.enter_frame(frame,__file__,30)
frame.positions=[[31,8,28],[31,14,21]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(warn2,locals_chatkit_browser__chat,"PrintLogger",['PrintLogger'])
$B.set_lineno(frame,31);
$B.$call_with_position(_b_.print,1,$B.rich_op('__add__','chatkit: ',locals.message,3))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
warn2.$is_method=true
warn2.$function_infos=['chatkit.browser._chat','warn','PrintLogger.warn',__file__,_b_.None,_b_.None,_b_.None,['self','message'],null,null,
2,30,3,[],0,0,['self','message'],false,[],frame]
$B.set_func_attrs(warn2,frame,'chatkit.browser._chat')
warn2.ob_type=$B.function
warn2.__annotate__=_b_.None
locals_chatkit_browser__chat_PrintLogger.warn=warn2
$B.set_lineno(frame,33)
function error3(_self,_message,_error){
var locals
var locals_chatkit_browser__chat_PrintLogger_error=locals=$B.args_parser(error3,arguments)
var frame=["error",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,error3]
$B.enter_frame(frame,__file__,33)
frame.positions=[[34,8,91],[34,14,36],[34,77,21]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(error3,locals_chatkit_browser__chat,"PrintLogger",['PrintLogger'])
$B.set_lineno(frame,34);
$B.$call_with_position(_b_.print,1,($B.$bool(!$B.$is(locals.error,_b_.None))?$B.rich_op('__mod__','chatkit: %s: %r',$B.fast_tuple([locals.message,locals.error]),3):$B.rich_op('__add__','chatkit: ',locals.message,5)))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
error3.$is_method=true
error3.$function_infos=['chatkit.browser._chat','error','PrintLogger.error',__file__,[_b_.None],_b_.None,_b_.None,['self','message','error'],null,null,
3,33,3,[],0,0,['self','message','error'],false,[],frame]
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
$B.set_lineno(frame,37,'ClassDef')
var Customer4=(function(name,bases,keywords){
$B.frame_obj.frame.inum=17
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Customer",bases,resolved_bases)
var locals_chatkit_browser__chat_Customer=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__chat_Customer
locals.__doc__=''
locals.__module__='chatkit.browser._chat'
locals.__firstlineno__=37
var frame=[name,locals,'chatkit.browser._chat',locals_chatkit_browser__chat]
$B.enter_frame(frame,__file__,37)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,40)
function __init__5(_self,_chat){
var locals
if(arguments.length==2&&!_chat?.$kw){
var locals_chatkit_browser__chat_Customer___init__=locals={self:_self,chat:_chat}
}else{
var locals_chatkit_browser__chat_Customer___init__=locals=$B.args_parser(__init__5,arguments)
}
var frame=["__init__",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,__init__5]
$B.enter_frame(frame,__file__,40)
frame.positions=[[41,8,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__5,locals_chatkit_browser__chat,"Customer",['Customer'])
$B.set_lineno(frame,41)
$B.$setattr1(locals.self,"_chat",locals.chat,1)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__5.$is_method=true
__init__5.$function_infos=['chatkit.browser._chat','__init__','Customer.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','chat'],null,null,
2,40,3,[],0,0,['self','chat'],false,[],frame]
$B.set_func_attrs(__init__5,frame,'chatkit.browser._chat')
__init__5.ob_type=$B.function
__init__5.__annotate__=_b_.None
locals_chatkit_browser__chat_Customer.__init__=__init__5
$B.set_lineno(frame,43)
function set_info6(_self,_info){
var locals
if(arguments.length==2&&!_info?.$kw){
var locals_chatkit_browser__chat_Customer_set_info=locals={self:_self,info:_info}
}else{
var locals_chatkit_browser__chat_Customer_set_info=locals=$B.args_parser(set_info6,arguments)
}
var frame=["set_info",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_info6]
$B.enter_frame(frame,__file__,43)
frame.positions=[[50,19,42],[52,12,45],[52,12,10],[52,41,15],[53,19,12],[54,27,48],[54,47,27],[54,47,10],[54,8,16],[55,8,45],[55,8,10],[55,37,15],[56,11,15],[57,12,59],[57,12,10],[57,32,15],[57,49,21],[57,54,15]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_info6,locals_chatkit_browser__chat,"Customer",['Customer'])
$B.set_lineno(frame,50)
locals_chatkit_browser__chat_Customer_set_info.problems=$B.$call_with_position(locals_chatkit_browser__chat.check_dict,1,locals.info,'chat.customer.set_info')
if($B.set_lineno(frame,51)&&$B.$bool(locals.problems)){
$B.set_lineno(frame,52);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__chat_Customer_set_info.self,'_chat',5),'_reject',3,locals_chatkit_browser__chat_Customer_set_info.problems,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_INFO',7))
$B.set_lineno(frame,53)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_browser__chat.InfoReport,9,))
}
$B.set_lineno(frame,54)
var v7=$B.$call_with_position(locals_chatkit_browser__chat.check_customer_info,11,$B.call_attr($B.$getattr_pep657(locals.self,'_chat',15),'_from_page',13,locals.info))
var it_8=$B.unpacker(v7,2,false,17)
locals_chatkit_browser__chat_Customer_set_info.report=it_8.read_one()
var $temp=it_8.read_one()
$B.delete_for_reassign('problems',locals_chatkit_browser__chat_Customer_set_info)
locals_chatkit_browser__chat_Customer_set_info.problems=$temp
$B.set_lineno(frame,55);
$B.call_attr($B.$getattr_pep657(locals.self,'_chat',21),'_reject',19,locals.problems,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_INFO',23))
if($B.set_lineno(frame,56)&&$B.$bool($B.$getattr_pep657(locals.report,'accepted',25))){
$B.set_lineno(frame,57);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__chat_Customer_set_info.self,'_chat',29),'_publish',27,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_INFO',31),$B.$call_with_position(_b_.dict,33,$B.$getattr_pep657(locals_chatkit_browser__chat_Customer_set_info.report,'accepted',35)))
}
$B.set_lineno(frame,58)
return $B.trace_return_and_leave(frame,locals.report)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_info6.$is_method=true
set_info6.$function_infos=['chatkit.browser._chat','set_info','Customer.set_info',__file__,_b_.None,_b_.None,'',['self','info'],null,null,
2,43,3,[],0,0,['self','info','problems','report'],false,[],frame]
$B.set_func_attrs(set_info6,frame,'chatkit.browser._chat')
set_info6.ob_type=$B.function
set_info6.__annotate__=_b_.None
locals_chatkit_browser__chat_Customer.set_info=set_info6
$B.set_lineno(frame,60)
function reset_info9(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Customer_reset_info=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Customer_reset_info=locals=$B.args_parser(reset_info9,arguments)
}
var frame=["reset_info",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,reset_info9]
$B.enter_frame(frame,__file__,60)
frame.positions=[[65,8,38],[65,8,10],[65,28,17]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(reset_info9,locals_chatkit_browser__chat,"Customer",['Customer'])
$B.set_lineno(frame,65);
$B.call_attr($B.$getattr_pep657(locals.self,'_chat',3),'_publish',1,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'RESET_INFO',5))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
reset_info9.$is_method=true
reset_info9.$function_infos=['chatkit.browser._chat','reset_info','Customer.reset_info',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,60,3,[],0,0,['self'],false,[],frame]
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
$B.set_lineno(frame,68,'ClassDef')
var Chat10=(function(name,bases,keywords){
$B.frame_obj.frame.inum=19
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"Chat",bases,resolved_bases)
var locals_chatkit_browser__chat_Chat=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__chat_Chat
locals.__doc__=''
locals.__module__='chatkit.browser._chat'
locals.__firstlineno__=68
var frame=[name,locals,'chatkit.browser._chat',locals_chatkit_browser__chat]
$B.enter_frame(frame,__file__,68)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
frame.positions=[[89,5,13]]
$B.set_lineno(frame,76)
function __init__11(_self,_logger,_page_value){
var locals
var locals_chatkit_browser__chat_Chat___init__=locals=$B.args_parser(__init__11,arguments)
var frame=["__init__",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,__init__11]
$B.enter_frame(frame,__file__,76)
frame.positions=[[77,8,11],[78,24,14],[78,8,13],[81,8,15],[82,21,29],[82,36,13],[82,8,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__11,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,77)
$B.$setattr1(locals.self,"strict",false,1)
$B.set_lineno(frame,78)
$B.$setattr1(locals.self,"customer",$B.$call_with_position(locals_chatkit_browser__chat.Customer,3,locals.self),5)
$B.set_lineno(frame,81)
$B.$setattr1(locals.self,"page_value",locals.page_value,7)
$B.set_lineno(frame,82)
$B.$setattr1(locals.self,"_link",$B.$call_with_position(locals_chatkit_browser__chat.Link,9,($B.$bool(locals.$test=locals.logger)?locals.$test:$B.$call_with_position(locals_chatkit_browser__chat.PrintLogger,11,))),13)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__11.$is_method=true
__init__11.$function_infos=['chatkit.browser._chat','__init__','Chat.__init__',__file__,[_b_.None,_b_.None],_b_.None,_b_.None,['self','logger','page_value'],null,null,
3,76,3,[],0,0,['self','logger','page_value'],false,[],frame]
$B.set_func_attrs(__init__11,frame,'chatkit.browser._chat')
__init__11.ob_type=$B.function
__init__11.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.__init__=__init__11
$B.set_lineno(frame,84)
var decorator12=_b_.property
$B.set_lineno(frame,85)
function logger13(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_logger=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_logger=locals=$B.args_parser(logger13,arguments)
}
var frame=["logger",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,logger13]
$B.enter_frame(frame,__file__,85)
frame.positions=[[87,15,17],[87,15,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(logger13,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,87)
return $B.trace_return_and_leave(frame,$B.$getattr_pep657($B.$getattr_pep657(locals.self,'_link',3),'logger',1))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
logger13.$is_method=true
logger13.$function_infos=['chatkit.browser._chat','logger','Chat.logger',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,85,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(logger13,frame,'chatkit.browser._chat')
logger13.ob_type=$B.function
logger13.__annotate__=_b_.None
var decorated14=logger13
locals_chatkit_browser__chat_Chat.logger=$B.$call(decorator12,decorated14)
$B.set_lineno(frame,89)
var decorator15=$B.$getattr_pep657(locals.logger,'setter',1)
$B.set_lineno(frame,90)
function logger16(_self,_logger){
var locals
if(arguments.length==2&&!_logger?.$kw){
var locals_chatkit_browser__chat_Chat_logger=locals={self:_self,logger:_logger}
}else{
var locals_chatkit_browser__chat_Chat_logger=locals=$B.args_parser(logger16,arguments)
}
var frame=["logger",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,logger16]
$B.enter_frame(frame,__file__,90)
frame.positions=[[91,8,17],[91,8,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(logger16,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,91)
$B.$setattr1($B.$getattr_pep657(locals.self,'_link',3),"logger",locals.logger,1)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
logger16.$is_method=true
logger16.$function_infos=['chatkit.browser._chat','logger','Chat.logger',__file__,_b_.None,_b_.None,_b_.None,['self','logger'],null,null,
2,90,3,[],0,0,['self','logger'],false,[],frame]
$B.set_func_attrs(logger16,frame,'chatkit.browser._chat')
logger16.ob_type=$B.function
logger16.__annotate__=_b_.None
var decorated17=logger16
locals_chatkit_browser__chat_Chat.logger=$B.$call(decorator15,decorated17)
$B.set_lineno(frame,93)
var decorator18=_b_.property
$B.set_lineno(frame,94)
function ready19(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_ready=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_ready=locals=$B.args_parser(ready19,arguments)
}
var frame=["ready",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,ready19]
$B.enter_frame(frame,__file__,94)
frame.positions=[[96,15,14],[96,15,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(ready19,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,96)
return $B.trace_return_and_leave(frame,!$B.$is($B.$getattr_pep657($B.$getattr_pep657(locals.self,'_link',3),'bus',1),_b_.None))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
ready19.$is_method=true
ready19.$function_infos=['chatkit.browser._chat','ready','Chat.ready',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,94,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(ready19,frame,'chatkit.browser._chat')
ready19.ob_type=$B.function
ready19.__annotate__=_b_.None
var decorated20=ready19
locals_chatkit_browser__chat_Chat.ready=$B.$call(decorator18,decorated20)
$B.set_lineno(frame,98)
function attach21(_self,_bus){
var locals
if(arguments.length==2&&!_bus?.$kw){
var locals_chatkit_browser__chat_Chat_attach=locals={self:_self,bus:_bus}
}else{
var locals_chatkit_browser__chat_Chat_attach=locals=$B.args_parser(attach21,arguments)
}
var frame=["attach",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,attach21]
$B.enter_frame(frame,__file__,98)
frame.positions=[[104,8,22],[104,8,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(attach21,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,104);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',3),'attach',1,locals.bus)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
attach21.$is_method=true
attach21.$function_infos=['chatkit.browser._chat','attach','Chat.attach',__file__,_b_.None,_b_.None,'',['self','bus'],null,null,
2,98,3,[],0,0,['self','bus'],false,[],frame]
$B.set_func_attrs(attach21,frame,'chatkit.browser._chat')
attach21.ob_type=$B.function
attach21.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.attach=attach21
$B.set_lineno(frame,106)
function set_language22(_self,_tag){
var locals
if(arguments.length==2&&!_tag?.$kw){
var locals_chatkit_browser__chat_Chat_set_language=locals={self:_self,tag:_tag}
}else{
var locals_chatkit_browser__chat_Chat_set_language=locals=$B.args_parser(set_language22,arguments)
}
var frame=["set_language",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_language22]
$B.enter_frame(frame,__file__,106)
frame.positions=[[114,25,19],[114,8,14],[115,8,43],[115,31,19],[118,8,40],[118,22,19]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_language22,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,114)
var v23=$B.$call_with_position(locals_chatkit_browser__chat.check_language,1,locals.tag)
var it_24=$B.unpacker(v23,2,false,3)
locals_chatkit_browser__chat_Chat_set_language.code=it_24.read_one()
locals_chatkit_browser__chat_Chat_set_language.problems=it_24.read_one()
$B.set_lineno(frame,115);
$B.call_attr(locals.self,'_reject',5,locals.problems,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_LANGUAGE',7))
if($B.set_lineno(frame,116)&&$B.$bool($B.$is(locals.code,_b_.None))){
$B.set_lineno(frame,117)
return $B.trace_return_and_leave(frame,_b_.None)
}
$B.set_lineno(frame,118);
$B.call_attr(locals.self,'_publish',9,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_LANGUAGE',11),locals.code)
$B.set_lineno(frame,119)
return $B.trace_return_and_leave(frame,locals.code)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_language22.$is_method=true
set_language22.$function_infos=['chatkit.browser._chat','set_language','Chat.set_language',__file__,_b_.None,_b_.None,'',['self','tag'],null,null,
2,106,3,[],0,0,['self','tag','code','problems'],false,[],frame]
$B.set_func_attrs(set_language22,frame,'chatkit.browser._chat')
set_language22.ob_type=$B.function
set_language22.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.set_language=set_language22
$B.set_lineno(frame,121)
function set_variables25(_self,_variables){
var locals
if(arguments.length==2&&!_variables?.$kw){
var locals_chatkit_browser__chat_Chat_set_variables=locals={self:_self,variables:_variables}
}else{
var locals_chatkit_browser__chat_Chat_set_variables=locals=$B.args_parser(set_variables25,arguments)
}
var frame=["set_variables",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,set_variables25]
$B.enter_frame(frame,__file__,121)
frame.positions=[[127,128,15,58],[128,37,20]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(set_variables25,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,127)
return $B.trace_return_and_leave(frame,$B.call_attr(locals.self,'_publish_checked',1,locals.variables,'chat.set_variables',locals_chatkit_browser__chat.check_variables,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'SET_VARIABLES',3)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
set_variables25.$is_method=true
set_variables25.$function_infos=['chatkit.browser._chat','set_variables','Chat.set_variables',__file__,_b_.None,_b_.None,'',['self','variables'],null,null,
2,121,3,[],0,0,['self','variables'],false,[],frame]
$B.set_func_attrs(set_variables25,frame,'chatkit.browser._chat')
set_variables25.ob_type=$B.function
set_variables25.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.set_variables=set_variables25
$B.set_lineno(frame,130)
function trigger_invitation26(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_trigger_invitation=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_trigger_invitation=locals=$B.args_parser(trigger_invitation26,arguments)
}
var frame=["trigger_invitation",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,trigger_invitation26]
$B.enter_frame(frame,__file__,130)
frame.positions=[[132,8,40],[132,22,25]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(trigger_invitation26,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,132);
$B.call_attr(locals.self,'_publish',1,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'TRIGGER_INVITATION',3))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
trigger_invitation26.$is_method=true
trigger_invitation26.$function_infos=['chatkit.browser._chat','trigger_invitation','Chat.trigger_invitation',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,130,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(trigger_invitation26,frame,'chatkit.browser._chat')
trigger_invitation26.ob_type=$B.function
trigger_invitation26.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.trigger_invitation=trigger_invitation26
$B.set_lineno(frame,134)
function trigger_pre_chat27(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_trigger_pre_chat=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_trigger_pre_chat=locals=$B.args_parser(trigger_pre_chat27,arguments)
}
var frame=["trigger_pre_chat",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,trigger_pre_chat27]
$B.enter_frame(frame,__file__,134)
frame.positions=[[136,8,38],[136,22,23]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(trigger_pre_chat27,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,136);
$B.call_attr(locals.self,'_publish',1,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'TRIGGER_PRE_CHAT',3))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
trigger_pre_chat27.$is_method=true
trigger_pre_chat27.$function_infos=['chatkit.browser._chat','trigger_pre_chat','Chat.trigger_pre_chat',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,134,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(trigger_pre_chat27,frame,'chatkit.browser._chat')
trigger_pre_chat27.ob_type=$B.function
trigger_pre_chat27.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.trigger_pre_chat=trigger_pre_chat27
$B.set_lineno(frame,138)
function trigger_chat_window28(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_trigger_chat_window=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_trigger_chat_window=locals=$B.args_parser(trigger_chat_window28,arguments)
}
var frame=["trigger_chat_window",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,trigger_chat_window28]
$B.enter_frame(frame,__file__,138)
frame.positions=[[140,8,41],[140,22,26]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(trigger_chat_window28,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,140);
$B.call_attr(locals.self,'_publish',1,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'TRIGGER_CHAT_WINDOW',3))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
trigger_chat_window28.$is_method=true
trigger_chat_window28.$function_infos=['chatkit.browser._chat','trigger_chat_window','Chat.trigger_chat_window',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,138,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(trigger_chat_window28,frame,'chatkit.browser._chat')
trigger_chat_window28.ob_type=$B.function
trigger_chat_window28.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.trigger_chat_window=trigger_chat_window28
$B.set_lineno(frame,142)
function end29(_self){
var locals
if(arguments.length==1&&!_self?.$kw){
var locals_chatkit_browser__chat_Chat_end=locals={self:_self}
}else{
var locals_chatkit_browser__chat_Chat_end=locals=$B.args_parser(end29,arguments)
}
var frame=["end",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,end29]
$B.enter_frame(frame,__file__,142)
frame.positions=[[144,8,25],[144,22,10]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(end29,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,144);
$B.call_attr(locals.self,'_publish',1,$B.$getattr_pep657(locals_chatkit_browser__chat.topics,'END',3))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
end29.$is_method=true
end29.$function_infos=['chatkit.browser._chat','end','Chat.end',__file__,_b_.None,_b_.None,'',['self'],null,null,
1,142,3,[],0,0,['self'],false,[],frame]
$B.set_func_attrs(end29,frame,'chatkit.browser._chat')
end29.ob_type=$B.function
end29.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.end=end29
$B.set_lineno(frame,146)
function on30(_self,_topic,_handler){
var locals
if(arguments.length==3&&!_handler?.$kw){
var locals_chatkit_browser__chat_Chat_on=locals={self:_self,topic:_topic,handler:_handler}
}else{
var locals_chatkit_browser__chat_Chat_on=locals=$B.args_parser(on30,arguments)
}
var frame=["on",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,on30]
$B.enter_frame(frame,__file__,146)
frame.positions=[[152,23,40],[152,52,10],[153,8,64],[153,8,10],[153,22,27],[153,51,20]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(on30,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,152)
locals_chatkit_browser__chat_Chat_on.subscription=$B.$call_with_position(locals_chatkit_browser__chat.Subscription,1,locals.topic,locals.handler,$B.$getattr_pep657(locals.self,'_link',3))
$B.set_lineno(frame,153);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',7),'do',5,$B.rich_op('__mod__','subscribing to %s',locals.topic,9),$B.$getattr_pep657(locals.subscription,'connect',11))
$B.set_lineno(frame,154)
return $B.trace_return_and_leave(frame,locals.subscription)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
on30.$is_method=true
on30.$function_infos=['chatkit.browser._chat','on','Chat.on',__file__,_b_.None,_b_.None,'',['self','topic','handler'],null,null,
3,146,3,[],0,0,['self','topic','handler','subscription'],false,[],frame]
$B.set_func_attrs(on30,frame,'chatkit.browser._chat')
on30.ob_type=$B.function
on30.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.on=on30
$B.set_lineno(frame,156)
function on_ready31(_self,_callback){
var locals
if(arguments.length==2&&!_callback?.$kw){
var locals_chatkit_browser__chat_Chat_on_ready=locals={self:_self,callback:_callback}
}else{
var locals_chatkit_browser__chat_Chat_on_ready=locals=$B.args_parser(on_ready31,arguments)
}
var frame=["on_ready",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,on_ready31]
$B.enter_frame(frame,__file__,156)
frame.positions=[[161,8,79],[161,8,10],[161,22,40],[161,47,15],[161,47,5]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(on_ready31,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,161);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',3),'do',1,$B.rich_op('__mod__','on_ready callback %s',$B.$call_with_position($B.resolve_in_scopes('_name',[locals_chatkit_browser__chat_Chat_on_ready,locals_chatkit_browser__chat,_b_],9),7,locals.callback),5),(function(){
$B.set_lineno(frame,161)
function lambda__3233(_bus){
var locals
if(arguments.length==1&&!_bus?.$kw){
var locals_chatkit_browser__chat_Chat_on_ready_lambda__32=locals={bus:_bus}
}else{
var locals_chatkit_browser__chat_Chat_on_ready_lambda__32=locals=$B.args_parser(lambda__3233,arguments)
}
Object.defineProperty(locals,'callback',{get:function(){return locals_chatkit_browser__chat_Chat_on_ready.callback},set:function(){},enumerable:true,configurable:true})
var frame=["<lambda>",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,lambda__3233]
$B.enter_frame(frame,__file__,161)
frame.positions=[[161,76,10]]
try{
$B.js_this=this
$B.set_lineno(frame,161)
return $B.trace_return_and_leave(frame,$B.$call_with_position(locals_chatkit_browser__chat_Chat_on_ready.callback,1,))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
lambda__3233.$function_infos=['chatkit.browser._chat','<lambda>','Chat.on_ready.<locals>.<lambda>',__file__,_b_.None,_b_.None,_b_.None,['bus'],null,null,
1,161,3,['callback'],0,0,['bus'],false,[],frame]
$B.set_func_attrs(lambda__3233,frame,'chatkit.browser._chat')
lambda__3233.ob_type=$B.function
lambda__3233.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat_on_ready.lambda__32=lambda__3233
return locals_chatkit_browser__chat_Chat_on_ready.lambda__32
})())
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
on_ready31.$is_method=true
on_ready31.$function_infos=['chatkit.browser._chat','on_ready','Chat.on_ready',__file__,_b_.None,_b_.None,'',['self','callback'],null,null,
2,156,3,[],0,0,['self','callback'],false,[],frame]
$B.set_func_attrs(on_ready31,frame,'chatkit.browser._chat')
on_ready31.ob_type=$B.function
on_ready31.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat.on_ready=on_ready31
$B.set_lineno(frame,163)
function _publish_checked34(_self,_value,_call,_check,_topic){
var locals
if(arguments.length==5&&!_topic?.$kw){
var locals_chatkit_browser__chat_Chat__publish_checked=locals={self:_self,value:_value,call:_call,check:_check,topic:_topic}
}else{
var locals_chatkit_browser__chat_Chat__publish_checked=locals=$B.args_parser(_publish_checked34,arguments)
}
var frame=["_publish_checked",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_publish_checked34]
$B.enter_frame(frame,__file__,163)
frame.positions=[[164,19,23],[166,12,29],[168,28,29],[168,34,22],[168,8,17],[169,8,29],[171,12,29]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_publish_checked34,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,164)
locals_chatkit_browser__chat_Chat__publish_checked.problems=$B.$call_with_position(locals_chatkit_browser__chat.check_dict,1,locals.value,locals.call)
if($B.set_lineno(frame,165)&&$B.$bool(locals.problems)){
$B.set_lineno(frame,166);
$B.call_attr(locals_chatkit_browser__chat_Chat__publish_checked.self,'_reject',3,locals_chatkit_browser__chat_Chat__publish_checked.problems,locals_chatkit_browser__chat_Chat__publish_checked.topic)
$B.set_lineno(frame,167)
return $B.trace_return_and_leave(frame,_b_.dict.$literal([]))
}
$B.set_lineno(frame,168)
var v35=$B.$call_with_position(locals.check,5,$B.call_attr(locals.self,'_from_page',7,locals.value))
var it_36=$B.unpacker(v35,2,false,9)
locals_chatkit_browser__chat_Chat__publish_checked.payload=it_36.read_one()
var $temp=it_36.read_one()
$B.delete_for_reassign('problems',locals_chatkit_browser__chat_Chat__publish_checked)
locals_chatkit_browser__chat_Chat__publish_checked.problems=$temp
$B.set_lineno(frame,169);
$B.call_attr(locals.self,'_reject',11,locals.problems,locals.topic)
if($B.set_lineno(frame,170)&&$B.$bool(locals.payload)){
$B.set_lineno(frame,171);
$B.call_attr(locals_chatkit_browser__chat_Chat__publish_checked.self,'_publish',13,locals_chatkit_browser__chat_Chat__publish_checked.topic,locals_chatkit_browser__chat_Chat__publish_checked.payload)
}
$B.set_lineno(frame,172)
return $B.trace_return_and_leave(frame,locals.payload)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_publish_checked34.$is_method=true
_publish_checked34.$function_infos=['chatkit.browser._chat','_publish_checked','Chat._publish_checked',__file__,_b_.None,_b_.None,_b_.None,['self','value','call','check','topic'],null,null,
5,163,3,[],0,0,['self','value','call','check','topic','problems','payload'],false,[],frame]
$B.set_func_attrs(_publish_checked34,frame,'chatkit.browser._chat')
_publish_checked34.ob_type=$B.function
_publish_checked34.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._publish_checked=_publish_checked34
$B.set_lineno(frame,174)
function _from_page37(_self,_values){
var locals
if(arguments.length==2&&!_values?.$kw){
var locals_chatkit_browser__chat_Chat__from_page=locals={self:_self,values:_values}
}else{
var locals_chatkit_browser__chat_Chat__from_page=locals=$B.args_parser(_from_page37,arguments)
}
var frame=["_from_page",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_from_page37]
$B.enter_frame(frame,__file__,174)
frame.positions=[[175,11,15],[177,62,14],[177,48,10],[177,21,22]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_from_page37,locals_chatkit_browser__chat,"Chat",['Chat'])
if($B.set_lineno(frame,175)&&$B.$bool($B.$is($B.$getattr_pep657(locals.self,'page_value',1),_b_.None))){
$B.set_lineno(frame,176)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__chat_Chat__from_page.values)
}
$B.set_lineno(frame,177)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_38=$B.make_js_iterator(expr,frame,177)
var result_38=$B.empty_dict()
try{
for(var next_38 of next_func_38){
$B.set_lineno(frame,177)
var v39=next_38
var it_40=$B.unpacker(v39,2,false,5)
locals_chatkit_browser__chat_Chat__from_page.key=it_40.read_one()
locals_chatkit_browser__chat_Chat__from_page.value=it_40.read_one()
_b_.dict.$setitem(result_38,locals.key,$B.call_attr(locals.self,'page_value',7,locals.value))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__chat_Chat__from_page.key
delete locals_chatkit_browser__chat_Chat__from_page.value
return result_38
})($B.call_attr(locals.values,'items',3,))
)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_from_page37.$is_method=true
_from_page37.$function_infos=['chatkit.browser._chat','_from_page','Chat._from_page',__file__,_b_.None,_b_.None,_b_.None,['self','values'],null,null,
2,174,3,[],0,0,['self','values','key','value'],false,[],frame]
$B.set_func_attrs(_from_page37,frame,'chatkit.browser._chat')
_from_page37.ob_type=$B.function
_from_page37.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._from_page=_from_page37
$B.set_lineno(frame,179)
function _publish41(_self,_topic,_data){
var locals
var locals_chatkit_browser__chat_Chat__publish=locals=$B.args_parser(_publish41,arguments)
var frame=["_publish",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_publish41]
$B.enter_frame(frame,__file__,179)
frame.positions=[[180,8,75],[180,8,10],[180,22,23]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_publish41,locals_chatkit_browser__chat,"Chat",['Chat'])
$B.set_lineno(frame,180);
$B.call_attr($B.$getattr_pep657(locals.self,'_link',3),'do',1,$B.rich_op('__mod__','publishing %s',locals.topic,5),(function(){
$B.set_lineno(frame,180)
function lambda__4243(_bus){
var locals
if(arguments.length==1&&!_bus?.$kw){
var locals_chatkit_browser__chat_Chat__publish_lambda__42=locals={bus:_bus}
}else{
var locals_chatkit_browser__chat_Chat__publish_lambda__42=locals=$B.args_parser(lambda__4243,arguments)
}
Object.defineProperty(locals,'topic',{get:function(){return locals_chatkit_browser__chat_Chat__publish.topic},set:function(){},enumerable:true,configurable:true})
Object.defineProperty(locals,'data',{get:function(){return locals_chatkit_browser__chat_Chat__publish.data},set:function(){},enumerable:true,configurable:true})
var frame=["<lambda>",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,lambda__4243]
$B.enter_frame(frame,__file__,180)
frame.positions=[[180,59,23],[180,59,5]]
try{
$B.js_this=this
$B.set_lineno(frame,180)
return $B.trace_return_and_leave(frame,$B.$call_with_position($B.resolve_in_scopes('_send',[locals_chatkit_browser__chat_Chat__publish_lambda__42,locals_chatkit_browser__chat_Chat__publish,locals_chatkit_browser__chat,_b_],3),1,locals.bus,locals_chatkit_browser__chat_Chat__publish.topic,locals_chatkit_browser__chat_Chat__publish.data))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
lambda__4243.$function_infos=['chatkit.browser._chat','<lambda>','Chat._publish.<locals>.<lambda>',__file__,_b_.None,_b_.None,_b_.None,['bus'],null,null,
1,180,3,['topic','data'],0,0,['bus'],false,[],frame]
$B.set_func_attrs(lambda__4243,frame,'chatkit.browser._chat')
lambda__4243.ob_type=$B.function
lambda__4243.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat__publish.lambda__42=lambda__4243
return locals_chatkit_browser__chat_Chat__publish.lambda__42
})())
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_publish41.$is_method=true
_publish41.$function_infos=['chatkit.browser._chat','_publish','Chat._publish',__file__,[locals_chatkit_browser__chat.NO_DATA],_b_.None,_b_.None,['self','topic','data'],null,null,
3,179,3,[],0,0,['self','topic','data'],false,[],frame]
$B.set_func_attrs(_publish41,frame,'chatkit.browser._chat')
_publish41.ob_type=$B.function
_publish41.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._publish=_publish41
$B.set_lineno(frame,182)
function _reject44(_self,_problems,_topic){
var locals
if(arguments.length==3&&!_topic?.$kw){
var locals_chatkit_browser__chat_Chat__reject=locals={self:_self,problems:_problems,topic:_topic}
}else{
var locals_chatkit_browser__chat_Chat__reject=locals=$B.args_parser(_reject44,arguments)
}
var frame=["_reject",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_reject44]
$B.enter_frame(frame,__file__,182)
frame.positions=[[185,11,11],[186,18,32],[187,23,8],[188,12,33],[188,12,11],[188,29,15]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(_reject44,locals_chatkit_browser__chat,"Chat",['Chat'])
if($B.set_lineno(frame,183)&&$B.$bool(!$B.$bool(locals.problems))){
$B.set_lineno(frame,184)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,185)&&$B.$bool($B.$getattr_pep657(locals.self,'strict',1))){
$B.set_lineno(frame,186)
$B.$raise($B.$call_with_position(locals_chatkit_browser__chat.ValidationError,3,locals_chatkit_browser__chat_Chat__reject.problems,locals_chatkit_browser__chat_Chat__reject.topic))
}
frame.$lineno=187
var no_break_45=true,
iterator_45=locals.problems
iterator_45[$B.INUM]=5
for(var next_45 of $B.make_js_iterator(iterator_45,frame,187)){
locals_chatkit_browser__chat_Chat__reject.problem=next_45
$B.set_lineno(frame,188);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__chat_Chat__reject.self,'logger',9),'warn',7,$B.$getattr_pep657(locals.problem,'message',11))
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_reject44.$is_method=true
_reject44.$function_infos=['chatkit.browser._chat','_reject','Chat._reject',__file__,_b_.None,_b_.None,_b_.None,['self','problems','topic'],null,null,
3,182,3,[],0,0,['self','problems','topic','problem'],false,[],frame]
$B.set_func_attrs(_reject44,frame,'chatkit.browser._chat')
_reject44.ob_type=$B.function
_reject44.__annotate__=_b_.None
locals_chatkit_browser__chat_Chat._reject=_reject44
locals.__static_attributes__=$B.fast_tuple(["strict","customer","page_value","_link"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('Chat',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('Chat',$B.fast_tuple([]),{})
locals_chatkit_browser__chat.Chat=Chat10
$B.set_lineno(frame,191)
function _send46(_bus,_topic,_data){
var locals
if(arguments.length==3&&!_data?.$kw){
var locals_chatkit_browser__chat__send=locals={bus:_bus,topic:_topic,data:_data}
}else{
var locals_chatkit_browser__chat__send=locals=$B.args_parser(_send46,arguments)
}
var frame=["_send",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_send46]
$B.enter_frame(frame,__file__,191)
frame.positions=[[193,8,18],[195,8,24]]
try{
$B.js_this=this
if($B.set_lineno(frame,192)&&$B.$bool($B.$is(locals.data,locals_chatkit_browser__chat.NO_DATA))){
$B.set_lineno(frame,193);
$B.call_attr(locals_chatkit_browser__chat__send.bus,'publish',1,locals_chatkit_browser__chat__send.topic)
}else{
$B.set_lineno(frame,195);
$B.call_attr(locals_chatkit_browser__chat__send.bus,'publish',3,locals_chatkit_browser__chat__send.topic,locals_chatkit_browser__chat__send.data)
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_send46.$function_infos=['chatkit.browser._chat','_send','_send',__file__,_b_.None,_b_.None,_b_.None,['bus','topic','data'],null,null,
3,191,3,[],0,0,['bus','topic','data'],false,[],frame]
$B.set_func_attrs(_send46,frame,'chatkit.browser._chat')
_send46.ob_type=$B.function
_send46.__annotate__=_b_.None
locals_chatkit_browser__chat._send=_send46
$B.set_lineno(frame,198)
function _name47(_function){
var locals
if(arguments.length==1&&!_function?.$kw){
var locals_chatkit_browser__chat__name=locals={function:_function}
}else{
var locals_chatkit_browser__chat__name=locals=$B.args_parser(_name47,arguments)
}
var frame=["_name",locals,"chatkit.browser._chat",locals_chatkit_browser__chat,_name47]
$B.enter_frame(frame,__file__,198)
frame.positions=[[199,11,39],[199,54,45],[199,84,14]]
try{
$B.js_this=this
$B.set_lineno(frame,199)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.$call_with_position(_b_.getattr,1,locals.function,'__qualname__',_b_.None))?locals.$test:$B.$call_with_position(_b_.getattr,3,locals.function,'__name__',$B.$call_with_position(_b_.repr,5,locals.function))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_name47.$function_infos=['chatkit.browser._chat','_name','_name',__file__,_b_.None,_b_.None,_b_.None,['function'],null,null,
1,198,3,[],0,0,['function'],false,[],frame]
$B.set_func_attrs(_name47,frame,'chatkit.browser._chat')
_name47.ob_type=$B.function
_name47.__annotate__=_b_.None
locals_chatkit_browser__chat._name=_name47
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__chat
});
__chatkitModules["chatkit.browser"] = (function () {
var $B=__BRYTHON__,
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
}
return locals_chatkit_browser
});
__chatkitModules["chatkit.browser._bridge"] = (function () {
var $B=__BRYTHON__,
_b_=$B.builtins,
locals_chatkit_browser__bridge=$B.namespace("chatkit.browser._bridge"),
locals=locals_chatkit_browser__bridge,
frame=["chatkit.browser._bridge",locals,"chatkit.browser._bridge",locals]
var __file__=locals.__file__="VFS.chatkit.browser._bridge.py"
locals.__name__="chatkit.browser._bridge"
locals.__doc__=''
frame.positions=[[11,0,17],[12,0,26],[14,0,39],[16,7,15],[17,12,20],[68,89,0,49],[94,20,9],[94,20,5],[143,153,0,34]]
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
function run1(_hooks_module){
var locals
if(arguments.length==1&&!_hooks_module?.$kw){
var locals_chatkit_browser__bridge_run=locals={hooks_module:_hooks_module}
}else{
var locals_chatkit_browser__bridge_run=locals=$B.args_parser(run1,arguments)
}
var frame=["run",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,run1]
$B.enter_frame(frame,__file__,20)
frame.positions=[[22,18,15],[22,18,13],[22,4,11],[23,22,10],[23,4,15],[25,8,24],[27,8,69],[27,8,11],[27,26,43],[29,8,10],[29,8,8]]
try{
$B.js_this=this
$B.set_lineno(frame,22)
$B.$setattr1(locals_chatkit_browser__bridge.chat,"logger",$B.$call_with_position($B.resolve_in_scopes('ConsoleLogger',[locals_chatkit_browser__bridge_run,locals_chatkit_browser__bridge,_b_],3),1,),5)
$B.set_lineno(frame,23)
$B.$setattr1(locals_chatkit_browser__bridge.chat,"page_value",$B.resolve_in_scopes('page_value',[locals_chatkit_browser__bridge_run,locals_chatkit_browser__bridge,_b_],7),9)
$B.set_lineno(frame,24)
try{
var stack_length_2=$B.count_frames()
var save_frame_obj_2=$B.frame_obj
$B.set_lineno(frame,25);
$B.$call_with_position(_b_.__import__,11,locals_chatkit_browser__bridge_run.hooks_module)
}catch(err2){
$B.set_exc_and_trace(frame,err2)
if($B.set_lineno(frame,26)&&$B.is_exc(err2,[_b_.Exception])){
locals.error=err2
$B.set_lineno(frame,27);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',15),'error',13,$B.rich_op('__mod__','the hooks module %s failed',locals_chatkit_browser__bridge_run.hooks_module,17),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_2
}else{
throw err2
}
}finally{
var exit=false
if($B.count_frames()<stack_length_2){
exit=true
$B.frame_obj=$B.push_frame(frame)
}
$B.set_lineno(frame,29);
$B.$call_with_position($B.resolve_in_scopes('_connect',[locals_chatkit_browser__bridge_run,locals_chatkit_browser__bridge,_b_],21),19,)
if(exit){
$B.leave_frame()
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
run1.$function_infos=['chatkit.browser._bridge','run','run',__file__,_b_.None,_b_.None,'',['hooks_module'],null,null,
1,20,3,[],0,0,['hooks_module','error'],false,[],frame]
$B.set_func_attrs(run1,frame,'chatkit.browser._bridge')
run1.ob_type=$B.function
run1.__annotate__=_b_.None
locals_chatkit_browser__bridge.run=run1
$B.set_lineno(frame,32)
function _connect3(){
var locals
var locals_chatkit_browser__bridge__connect=locals=$B.empty_dict();
if(arguments.length!==0){
$B.args_parser(_connect3,arguments)
}
var frame=["_connect",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_connect3]
$B.enter_frame(frame,__file__,32)
frame.positions=[[33,12,8],[33,12,6],[34,18,7],[34,4,11],[35,7,22],[35,7,8],[36,8,18],[36,8,7],[36,16,9]]
try{
$B.js_this=this
$B.set_lineno(frame,33)
locals_chatkit_browser__bridge__connect.state=$B.$call_with_position($B.resolve_in_scopes('_state',[locals_chatkit_browser__bridge__connect,locals_chatkit_browser__bridge,_b_],3),1,)
$B.set_lineno(frame,34)
$B.$setattr1(locals.state,"onBus",$B.resolve_in_scopes('_on_bus',[locals_chatkit_browser__bridge__connect,locals_chatkit_browser__bridge,_b_],5),7)
if($B.set_lineno(frame,35)&&$B.$bool($B.$call_with_position($B.resolve_in_scopes('_defined',[locals_chatkit_browser__bridge__connect,locals_chatkit_browser__bridge,_b_],11),9,locals.state,'bus'))){
$B.set_lineno(frame,36);
$B.$call_with_position($B.resolve_in_scopes('_on_bus',[locals_chatkit_browser__bridge__connect,locals_chatkit_browser__bridge,_b_],15),13,$B.$getattr_pep657(locals_chatkit_browser__bridge__connect.state,'bus',17))
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_connect3.$function_infos=['chatkit.browser._bridge','_connect','_connect',__file__,_b_.None,_b_.None,_b_.None,[],null,null,
0,32,3,[],0,0,['state'],false,[],frame]
$B.set_func_attrs(_connect3,frame,'chatkit.browser._bridge')
_connect3.ob_type=$B.function
_connect3.__annotate__=_b_.None
locals_chatkit_browser__bridge._connect=_connect3
$B.set_lineno(frame,39)
function _state4(){
var locals
var locals_chatkit_browser__bridge__state=locals=$B.empty_dict();
if(arguments.length!==0){
$B.args_parser(_state4,arguments)
}
var frame=["_state",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_state4]
$B.enter_frame(frame,__file__,39)
frame.positions=[[41,11,29],[41,11,8],[42,27,19],[42,27,13],[42,8,16],[43,11,16]]
try{
$B.js_this=this
if($B.set_lineno(frame,41)&&$B.$bool(!$B.$bool($B.$call_with_position($B.resolve_in_scopes('_defined',[locals_chatkit_browser__bridge__state,locals_chatkit_browser__bridge,_b_],3),1,locals_chatkit_browser__bridge.window,'__chatkit')))){
$B.set_lineno(frame,42)
$B.$setattr1(locals_chatkit_browser__bridge.window,"__chatkit",$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'Object',7),'new',5,),9)
}
$B.set_lineno(frame,43)
return $B.trace_return_and_leave(frame,$B.$getattr_pep657(locals_chatkit_browser__bridge.window,'__chatkit',11))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_state4.$function_infos=['chatkit.browser._bridge','_state','_state',__file__,_b_.None,_b_.None,'',[],null,null,
0,39,3,[],0,0,[],false,[],frame]
$B.set_func_attrs(_state4,frame,'chatkit.browser._bridge')
_state4.ob_type=$B.function
_state4.__annotate__=_b_.None
locals_chatkit_browser__bridge._state=_state4
$B.set_lineno(frame,46)
function _on_bus5(){
var locals
var locals_chatkit_browser__bridge__on_bus=locals=$B.args_parser(_on_bus5,arguments)
var frame=["_on_bus",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_on_bus5]
$B.enter_frame(frame,__file__,46)
frame.positions=[[49,24,17],[49,24,8],[49,33,7],[50,12,30],[50,24,17],[50,24,8],[50,33,7],[52,8,63],[52,8,11]]
try{
$B.js_this=this
$B.set_lineno(frame,48)
try{
var stack_length_6=$B.count_frames()
var save_frame_obj_6=$B.frame_obj
if($B.set_lineno(frame,49)&&($B.$bool(locals_chatkit_browser__bridge__on_bus.args)&&$B.$bool(!$B.$bool($B.$call_with_position($B.resolve_in_scopes('_missing',[locals_chatkit_browser__bridge__on_bus,locals_chatkit_browser__bridge,_b_],3),1,$B.$getitem(locals_chatkit_browser__bridge__on_bus.args,0,5)))))){
$B.set_lineno(frame,50);
$B.call_attr(locals_chatkit_browser__bridge.chat,'attach',7,$B.$call_with_position($B.resolve_in_scopes('_bus_for',[locals_chatkit_browser__bridge__on_bus,locals_chatkit_browser__bridge,_b_],11),9,$B.$getitem(locals_chatkit_browser__bridge__on_bus.args,0,13)))
}
}catch(err6){
$B.set_exc_and_trace(frame,err6)
if($B.set_lineno(frame,51)&&$B.is_exc(err6,[_b_.Exception])){
locals.error=err6
$B.set_lineno(frame,52);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',17),'error',15,'connecting to the chat\'s bus failed',locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_6
}else{
throw err6
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_on_bus5.$function_infos=['chatkit.browser._bridge','_on_bus','_on_bus',__file__,_b_.None,_b_.None,_b_.None,[],'args',null,
0,46,7,[],0,0,['args','error'],false,[],frame]
$B.set_func_attrs(_on_bus5,frame,'chatkit.browser._bridge')
_on_bus5.ob_type=$B.function
_on_bus5.__annotate__=_b_.None
locals_chatkit_browser__bridge._on_bus=_on_bus5
$B.set_lineno(frame,55)
locals_chatkit_browser__bridge._buses=$B.$list([])
$B.set_lineno(frame,58)
function _bus_for7(_raw){
var locals
if(arguments.length==1&&!_raw?.$kw){
var locals_chatkit_browser__bridge__bus_for=locals={raw:_raw}
}else{
var locals_chatkit_browser__bridge__bus_for=locals=$B.args_parser(_bus_for7,arguments)
}
var frame=["_bus_for",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_bus_for7]
$B.enter_frame(frame,__file__,58)
frame.positions=[[60,15,6],[61,11,7],[63,10,12],[63,10,7],[64,4,18]]
try{
$B.js_this=this
frame.$lineno=60
var no_break_8=true,
iterator_8=locals_chatkit_browser__bridge._buses
iterator_8[$B.INUM]=1
for(var next_8 of $B.make_js_iterator(iterator_8,frame,60)){
locals_chatkit_browser__bridge__bus_for.bus=next_8
if($B.set_lineno(frame,61)&&$B.$bool($B.rich_comp('__eq__',$B.$getattr_pep657(locals.bus,'raw',3),locals_chatkit_browser__bridge__bus_for.raw))){
$B.set_lineno(frame,62)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__bridge__bus_for.bus)
}
}
$B.set_lineno(frame,63)
locals_chatkit_browser__bridge__bus_for.bus=$B.$call_with_position($B.resolve_in_scopes('PageBus',[locals_chatkit_browser__bridge__bus_for,locals_chatkit_browser__bridge,_b_],7),5,locals.raw)
$B.set_lineno(frame,64);
$B.call_attr(locals_chatkit_browser__bridge._buses,'append',9,locals.bus)
$B.set_lineno(frame,65)
return $B.trace_return_and_leave(frame,locals.bus)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_bus_for7.$function_infos=['chatkit.browser._bridge','_bus_for','_bus_for',__file__,_b_.None,_b_.None,'',['raw'],null,null,
1,58,3,[],0,0,['raw','bus'],false,[],frame]
$B.set_func_attrs(_bus_for7,frame,'chatkit.browser._bridge')
_bus_for7.ob_type=$B.function
_bus_for7.__annotate__=_b_.None
locals_chatkit_browser__bridge._bus_for=_bus_for7
$B.set_lineno(frame,68,'ClassDef')
var PageBus9=(function(name,bases,keywords){
$B.frame_obj.frame.inum=11
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"PageBus",bases,resolved_bases)
var locals_chatkit_browser__bridge_PageBus=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__bridge_PageBus
locals.__doc__=''
locals.__module__='chatkit.browser._bridge'
locals.__firstlineno__=68
var frame=[name,locals,'chatkit.browser._bridge',locals_chatkit_browser__bridge]
$B.enter_frame(frame,__file__,68)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,71)
function __init__10(_self,_raw){
var locals
if(arguments.length==2&&!_raw?.$kw){
var locals_chatkit_browser__bridge_PageBus___init__=locals={self:_self,raw:_raw}
}else{
var locals_chatkit_browser__bridge_PageBus___init__=locals=$B.args_parser(__init__10,arguments)
}
var frame=["__init__",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,__init__10]
$B.enter_frame(frame,__file__,71)
frame.positions=[[72,8,8]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(__init__10,locals_chatkit_browser__bridge,"PageBus",['PageBus'])
$B.set_lineno(frame,72)
$B.$setattr1(locals.self,"raw",locals.raw,1)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
__init__10.$is_method=true
__init__10.$function_infos=['chatkit.browser._bridge','__init__','PageBus.__init__',__file__,_b_.None,_b_.None,_b_.None,['self','raw'],null,null,
2,71,3,[],0,0,['self','raw'],false,[],frame]
$B.set_func_attrs(__init__10,frame,'chatkit.browser._bridge')
__init__10.ob_type=$B.function
__init__10.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageBus.__init__=__init__10
$B.set_lineno(frame,74)
function publish11(_self,_topic,_data){
var locals
var locals_chatkit_browser__bridge_PageBus_publish=locals=$B.args_parser(publish11,arguments)
var frame=["publish",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,publish11]
$B.enter_frame(frame,__file__,74)
frame.positions=[[76,12,23],[76,12,8],[78,12,36],[78,12,8],[78,36,11],[78,36,5]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(publish11,locals_chatkit_browser__bridge,"PageBus",['PageBus'])
if($B.set_lineno(frame,75)&&$B.$bool($B.$is(locals.data,_b_.None))){
$B.set_lineno(frame,76);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge_PageBus_publish.self,'raw',3),'publish',1,locals_chatkit_browser__bridge_PageBus_publish.topic)
}else{
$B.set_lineno(frame,78);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge_PageBus_publish.self,'raw',7),'publish',5,locals_chatkit_browser__bridge_PageBus_publish.topic,$B.$call_with_position($B.resolve_in_scopes('to_js',[locals_chatkit_browser__bridge_PageBus_publish,locals_chatkit_browser__bridge,_b_],11),9,locals_chatkit_browser__bridge_PageBus_publish.data))
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
publish11.$is_method=true
publish11.$function_infos=['chatkit.browser._bridge','publish','PageBus.publish',__file__,[_b_.None],_b_.None,_b_.None,['self','topic','data'],null,null,
3,74,3,[],0,0,['self','topic','data'],false,[],frame]
$B.set_func_attrs(publish11,frame,'chatkit.browser._bridge')
publish11.ob_type=$B.function
publish11.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageBus.publish=publish11
$B.set_lineno(frame,80)
function subscribe12(_self,_topic,_deliver){
var locals
if(arguments.length==3&&!_deliver?.$kw){
var locals_chatkit_browser__bridge_PageBus_subscribe=locals={self:_self,topic:_topic,deliver:_deliver}
}else{
var locals_chatkit_browser__bridge_PageBus_subscribe=locals=$B.args_parser(subscribe12,arguments)
}
var frame=["subscribe",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,subscribe12]
$B.enter_frame(frame,__file__,80)
frame.positions=[[89,15,34],[89,15,8]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(subscribe12,locals_chatkit_browser__bridge,"PageBus",['PageBus'])
$B.set_lineno(frame,81)
function handler13(){
var locals
var locals_chatkit_browser__bridge_PageBus_subscribe_handler=locals=$B.args_parser(handler13,arguments)
Object.defineProperty(locals,'deliver',{get:function(){return locals_chatkit_browser__bridge_PageBus_subscribe.deliver},set:function(){},enumerable:true,configurable:true})
Object.defineProperty(locals,'topic',{get:function(){return locals_chatkit_browser__bridge_PageBus_subscribe.topic},set:function(){},enumerable:true,configurable:true})
var frame=["handler",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,handler13]
$B.enter_frame(frame,__file__,81)
frame.positions=[[85,16,45],[85,24,18],[85,24,9],[85,34,7],[87,16,56],[87,16,11],[87,34,30]]
try{
$B.js_this=this
$B.set_lineno(frame,84)
try{
var stack_length_14=$B.count_frames()
var save_frame_obj_14=$B.frame_obj
$B.set_lineno(frame,85);
$B.$call_with_position(locals_chatkit_browser__bridge_PageBus_subscribe.deliver,1,($B.$bool(locals_chatkit_browser__bridge_PageBus_subscribe_handler.args)?$B.$call_with_position($B.resolve_in_scopes('to_python',[locals_chatkit_browser__bridge_PageBus_subscribe_handler,locals_chatkit_browser__bridge_PageBus_subscribe,locals_chatkit_browser__bridge,_b_],5),3,$B.$getitem(locals_chatkit_browser__bridge_PageBus_subscribe_handler.args,0,7)):_b_.None))
}catch(err14){
$B.set_exc_and_trace(frame,err14)
if($B.set_lineno(frame,86)&&$B.is_exc(err14,[_b_.BaseException])){
locals.error=err14
$B.set_lineno(frame,87);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.chat,'logger',11),'error',9,$B.rich_op('__mod__','delivering %s failed',locals_chatkit_browser__bridge_PageBus_subscribe.topic,13),locals.error)
$B.del_exc(frame)
$B.frame_obj=save_frame_obj_14
}else{
throw err14
}
}
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
handler13.$function_infos=['chatkit.browser._bridge','handler','PageBus.subscribe.<locals>.handler',__file__,_b_.None,_b_.None,_b_.None,[],'args',null,
0,81,7,['deliver','topic'],0,0,['args','error'],false,[],frame]
$B.set_func_attrs(handler13,frame,'chatkit.browser._bridge')
handler13.ob_type=$B.function
handler13.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageBus_subscribe.handler=handler13
$B.set_lineno(frame,89)
return $B.trace_return_and_leave(frame,$B.call_attr($B.$getattr_pep657(locals.self,'raw',3),'subscribe',1,locals.topic,locals.handler))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
subscribe12.$is_method=true
subscribe12.$function_infos=['chatkit.browser._bridge','subscribe','PageBus.subscribe',__file__,_b_.None,_b_.None,_b_.None,['self','topic','deliver'],null,null,
3,80,3,[],0,0,['self','topic','deliver','handler'],false,[],frame]
$B.set_func_attrs(subscribe12,frame,'chatkit.browser._bridge')
subscribe12.ob_type=$B.function
subscribe12.__annotate__=_b_.None
locals_chatkit_browser__bridge_PageBus.subscribe=subscribe12
locals.__static_attributes__=$B.fast_tuple(["raw"])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('PageBus',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('PageBus',$B.fast_tuple([]),{})
locals_chatkit_browser__bridge.PageBus=PageBus9
$B.set_lineno(frame,94)
locals_chatkit_browser__bridge._MAX_SAFE_INTEGER=$B.rich_op('__sub__',9007199254740992n,1,13)
$B.set_lineno(frame,97)
function to_js15(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge_to_js=locals={value:_value}
}else{
var locals_chatkit_browser__bridge_to_js=locals=$B.args_parser(to_js15,arguments)
}
var frame=["to_js",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,to_js15]
$B.enter_frame(frame,__file__,97)
frame.positions=[[100,7,23],[101,54,13],[101,41,9],[101,21,15],[101,21,9]]
try{
$B.js_this=this
if($B.set_lineno(frame,100)&&$B.$bool($B.$call_with_position(_b_.isinstance,1,locals.value,_b_.dict))){
$B.set_lineno(frame,101)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_16=$B.make_js_iterator(expr,frame,101)
var result_16=$B.empty_dict()
try{
for(var next_16 of next_func_16){
$B.set_lineno(frame,101)
var v17=next_16
var it_18=$B.unpacker(v17,2,false,5)
locals_chatkit_browser__bridge_to_js.key=it_18.read_one()
locals_chatkit_browser__bridge_to_js.item=it_18.read_one()
_b_.dict.$setitem(result_16,locals.key,$B.$call_with_position($B.resolve_in_scopes('_js_value',[locals_chatkit_browser__bridge_to_js,locals_chatkit_browser__bridge,_b_],9),7,locals.item))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_to_js.key
delete locals_chatkit_browser__bridge_to_js.item
return result_16
})($B.call_attr(locals_chatkit_browser__bridge_to_js.value,'items',3,))
)
}
$B.set_lineno(frame,102)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
to_js15.$function_infos=['chatkit.browser._bridge','to_js','to_js',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,97,3,[],0,0,['value','key','item'],false,[],frame]
$B.set_func_attrs(to_js15,frame,'chatkit.browser._bridge')
to_js15.ob_type=$B.function
to_js15.__annotate__=_b_.None
locals_chatkit_browser__bridge.to_js=to_js15
$B.set_lineno(frame,105)
function _js_value19(_item){
var locals
if(arguments.length==1&&!_item?.$kw){
var locals_chatkit_browser__bridge__js_value=locals={item:_item}
}else{
var locals_chatkit_browser__bridge__js_value=locals=$B.args_parser(_js_value19,arguments)
}
var frame=["_js_value",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_js_value19]
$B.enter_frame(frame,__file__,105)
frame.positions=[[108,7,21],[108,37,22],[108,64,9],[109,15,11]]
try{
$B.js_this=this
if($B.set_lineno(frame,106)&&$B.$bool($B.$is(locals.item,_b_.None))){
$B.set_lineno(frame,107)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__bridge.NULL)
}
if($B.set_lineno(frame,108)&&($B.$bool($B.$call_with_position(_b_.isinstance,1,locals.item,_b_.int))&&$B.$bool(!$B.$bool($B.$call_with_position(_b_.isinstance,3,locals.item,_b_.bool)))&&$B.$bool($B.rich_comp('__gt__',$B.$call_with_position(_b_.abs,5,locals.item),locals_chatkit_browser__bridge._MAX_SAFE_INTEGER)))){
$B.set_lineno(frame,109)
return $B.trace_return_and_leave(frame,$B.$call_with_position(_b_.float,7,locals_chatkit_browser__bridge__js_value.item))
}
$B.set_lineno(frame,110)
return $B.trace_return_and_leave(frame,locals.item)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_js_value19.$function_infos=['chatkit.browser._bridge','_js_value','_js_value',__file__,_b_.None,_b_.None,_b_.None,['item'],null,null,
1,105,3,[],0,0,['item'],false,[],frame]
$B.set_func_attrs(_js_value19,frame,'chatkit.browser._bridge')
_js_value19.ob_type=$B.function
_js_value19.__annotate__=_b_.None
locals_chatkit_browser__bridge._js_value=_js_value19
$B.set_lineno(frame,113)
function to_python20(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge_to_python=locals={value:_value}
}else{
var locals_chatkit_browser__bridge_to_python=locals=$B.args_parser(to_python20,arguments)
}
var frame=["to_python",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,to_python20]
$B.enter_frame(frame,__file__,113)
frame.positions=[[115,7,15],[115,7,8],[117,7,42],[119,7,27],[119,7,12],[120,16,15],[121,7,38],[121,25,19],[122,54,25],[122,54,13],[122,21,21],[122,31,10]]
try{
$B.js_this=this
if($B.set_lineno(frame,115)&&$B.$bool($B.$call_with_position($B.resolve_in_scopes('_missing',[locals_chatkit_browser__bridge_to_python,locals_chatkit_browser__bridge,_b_],3),1,locals.value))){
$B.set_lineno(frame,116)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,117)&&$B.$bool($B.$call_with_position(_b_.isinstance,5,locals.value,$B.fast_tuple([_b_.str,_b_.bool,_b_.int,_b_.float])))){
$B.set_lineno(frame,118)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__bridge_to_python.value)
}
if($B.set_lineno(frame,119)&&$B.$bool($B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'Array',9),'isArray',7,locals.value))){
$B.set_lineno(frame,120)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_21=$B.make_js_iterator(expr,frame,120)
var result_21=$B.$list([])
try{
for(var next_21 of next_func_21){
$B.set_lineno(frame,120)
locals_chatkit_browser__bridge_to_python.item=next_21
result_21.push($B.$call_with_position(locals_chatkit_browser__bridge.to_python,11,locals.item))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_to_python.item
return result_21
})(locals_chatkit_browser__bridge_to_python.value)
)
}
if($B.set_lineno(frame,121)&&$B.$bool($B.$call_with_position(_b_.isinstance,13,locals.value,$B.$getattr_pep657(locals_chatkit_browser__bridge.javascript,'JSObject',15)))){
$B.set_lineno(frame,122)
return $B.trace_return_and_leave(frame,(function(expr){
var next_func_22=$B.make_js_iterator(expr,frame,122)
var result_22=$B.empty_dict()
try{
for(var next_22 of next_func_22){
$B.set_lineno(frame,122)
locals_chatkit_browser__bridge_to_python.key=next_22
_b_.dict.$setitem(result_22,locals.key,$B.$call_with_position(locals_chatkit_browser__bridge.to_python,21,$B.$getitem(locals_chatkit_browser__bridge_to_python.value,locals.key,23)))
}
}catch(err){
$B.set_exc(err,frame)
throw err
}
delete locals_chatkit_browser__bridge_to_python.key
return result_22
})($B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'Object',19),'keys',17,locals_chatkit_browser__bridge_to_python.value))
)
}
$B.set_lineno(frame,123)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
to_python20.$function_infos=['chatkit.browser._bridge','to_python','to_python',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,113,3,[],0,0,['value','item','key'],false,[],frame]
$B.set_func_attrs(to_python20,frame,'chatkit.browser._bridge')
to_python20.ob_type=$B.function
to_python20.__annotate__=_b_.None
locals_chatkit_browser__bridge.to_python=to_python20
$B.set_lineno(frame,126)
function page_value23(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge_page_value=locals={value:_value}
}else{
var locals_chatkit_browser__bridge_page_value=locals=$B.args_parser(page_value23,arguments)
}
var frame=["page_value",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,page_value23]
$B.enter_frame(frame,__file__,126)
try{
$B.js_this=this
if($B.set_lineno(frame,128)&&$B.$bool($B.$is(locals.value,locals_chatkit_browser__bridge.NULL))){
$B.set_lineno(frame,129)
return $B.trace_return_and_leave(frame,_b_.None)
}
if($B.set_lineno(frame,130)&&$B.$bool($B.$is(locals.value,locals_chatkit_browser__bridge.UNDEFINED))){
$B.set_lineno(frame,131)
return $B.trace_return_and_leave(frame,locals_chatkit_browser__bridge.UNSET)
}
$B.set_lineno(frame,132)
return $B.trace_return_and_leave(frame,locals.value)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
page_value23.$function_infos=['chatkit.browser._bridge','page_value','page_value',__file__,_b_.None,_b_.None,'',['value'],null,null,
1,126,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(page_value23,frame,'chatkit.browser._bridge')
page_value23.ob_type=$B.function
page_value23.__annotate__=_b_.None
locals_chatkit_browser__bridge.page_value=page_value23
$B.set_lineno(frame,135)
function _missing24(_value){
var locals
if(arguments.length==1&&!_value?.$kw){
var locals_chatkit_browser__bridge__missing=locals={value:_value}
}else{
var locals_chatkit_browser__bridge__missing=locals=$B.args_parser(_missing24,arguments)
}
var frame=["_missing",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_missing24]
$B.enter_frame(frame,__file__,135)
try{
$B.js_this=this
$B.set_lineno(frame,136)
return $B.trace_return_and_leave(frame,($B.$bool(locals.$test=$B.$is(locals.value,locals_chatkit_browser__bridge.NULL))?locals.$test:$B.$bool(locals.$test=$B.$is(locals.value,locals_chatkit_browser__bridge.UNDEFINED))?locals.$test:$B.$is(locals.value,_b_.None)))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_missing24.$function_infos=['chatkit.browser._bridge','_missing','_missing',__file__,_b_.None,_b_.None,_b_.None,['value'],null,null,
1,135,3,[],0,0,['value'],false,[],frame]
$B.set_func_attrs(_missing24,frame,'chatkit.browser._bridge')
_missing24.ob_type=$B.function
_missing24.__annotate__=_b_.None
locals_chatkit_browser__bridge._missing=_missing24
$B.set_lineno(frame,139)
function _defined25(_obj,_name){
var locals
if(arguments.length==2&&!_name?.$kw){
var locals_chatkit_browser__bridge__defined=locals={obj:_obj,name:_name}
}else{
var locals_chatkit_browser__bridge__defined=locals=$B.args_parser(_defined25,arguments)
}
var frame=["_defined",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,_defined25]
$B.enter_frame(frame,__file__,139)
frame.positions=[[140,15,39],[140,24,29],[140,24,14]]
try{
$B.js_this=this
$B.set_lineno(frame,140)
return $B.trace_return_and_leave(frame,!$B.$bool($B.$call_with_position(locals_chatkit_browser__bridge._missing,1,$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'Reflect',5),'get',3,locals.obj,locals.name))))
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
_defined25.$function_infos=['chatkit.browser._bridge','_defined','_defined',__file__,_b_.None,_b_.None,_b_.None,['obj','name'],null,null,
2,139,3,[],0,0,['obj','name'],false,[],frame]
$B.set_func_attrs(_defined25,frame,'chatkit.browser._bridge')
_defined25.ob_type=$B.function
_defined25.__annotate__=_b_.None
locals_chatkit_browser__bridge._defined=_defined25
$B.set_lineno(frame,143,'ClassDef')
var ConsoleLogger26=(function(name,bases,keywords){
$B.frame_obj.frame.inum=17
var resolved_bases=$B.resolve_mro_entries(bases)
var metaclass=$B.get_metaclass(name,resolved_bases)
var class_dict=$B.make_class_namespace(metaclass,name,"ConsoleLogger",bases,resolved_bases)
var locals_chatkit_browser__bridge_ConsoleLogger=$B.dict_proxy(class_dict),
locals=locals_chatkit_browser__bridge_ConsoleLogger
locals.__doc__=''
locals.__module__='chatkit.browser._bridge'
locals.__firstlineno__=143
var frame=[name,locals,'chatkit.browser._bridge',locals_chatkit_browser__bridge]
$B.enter_frame(frame,__file__,143)
var _frame_obj=$B.frame_obj
if(frame.$f_trace!==_b_.None){
$B.trace_line()
}
$B.set_lineno(frame,146)
function warn27(_self,_message){
var locals
if(arguments.length==2&&!_message?.$kw){
var locals_chatkit_browser__bridge_ConsoleLogger_warn=locals={self:_self,message:_message}
}else{
var locals_chatkit_browser__bridge_ConsoleLogger_warn=locals=$B.args_parser(warn27,arguments)
}
var frame=["warn",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,warn27]
$B.enter_frame(frame,__file__,146)
frame.positions=[[147,8,42],[147,8,14],[147,28,21]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(warn27,locals_chatkit_browser__bridge,"ConsoleLogger",['ConsoleLogger'])
$B.set_lineno(frame,147);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'console',3),'warn',1,$B.rich_op('__add__','chatkit: ',locals.message,5))
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
warn27.$is_method=true
warn27.$function_infos=['chatkit.browser._bridge','warn','ConsoleLogger.warn',__file__,_b_.None,_b_.None,_b_.None,['self','message'],null,null,
2,146,3,[],0,0,['self','message'],false,[],frame]
$B.set_func_attrs(warn27,frame,'chatkit.browser._bridge')
warn27.ob_type=$B.function
warn27.__annotate__=_b_.None
locals_chatkit_browser__bridge_ConsoleLogger.warn=warn27
$B.set_lineno(frame,149)
function error28(_self,_message,_error){
var locals
var locals_chatkit_browser__bridge_ConsoleLogger_error=locals=$B.args_parser(error28,arguments)
var frame=["error",locals,"chatkit.browser._bridge",locals_chatkit_browser__bridge,error28]
$B.enter_frame(frame,__file__,149)
frame.positions=[[150,15,21],[152,20,44],[152,27,37],[152,27,18],[153,8,26],[153,8,14]]
try{
$B.js_this=this
locals.ob_type=locals.__class__=$B.get_method_class(error28,locals_chatkit_browser__bridge,"ConsoleLogger",['ConsoleLogger'])
$B.set_lineno(frame,150)
locals_chatkit_browser__bridge_ConsoleLogger_error.text=$B.rich_op('__add__','chatkit: ',locals.message,1)
if($B.set_lineno(frame,151)&&$B.$bool(!$B.$is(locals.error,_b_.None))){
$B.set_lineno(frame,152)
locals_chatkit_browser__bridge_ConsoleLogger_error.text=$B.augm_assign(locals_chatkit_browser__bridge_ConsoleLogger_error.text,'+=',$B.rich_op('__add__','\n',$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'__BRYTHON__',7),'error_trace',5,locals_chatkit_browser__bridge_ConsoleLogger_error.error),3))
}
$B.set_lineno(frame,153);
$B.call_attr($B.$getattr_pep657(locals_chatkit_browser__bridge.window,'console',11),'error',9,locals.text)
return $B.trace_return_and_leave(frame,_b_.None)
}catch(err){
$B.set_exc_and_leave(frame,err)
}
}
error28.$is_method=true
error28.$function_infos=['chatkit.browser._bridge','error','ConsoleLogger.error',__file__,[_b_.None],_b_.None,_b_.None,['self','message','error'],null,null,
3,149,3,[],0,0,['self','message','error','text'],false,[],frame]
$B.set_func_attrs(error28,frame,'chatkit.browser._bridge')
error28.ob_type=$B.function
error28.__annotate__=_b_.None
locals_chatkit_browser__bridge_ConsoleLogger.error=error28
locals.__static_attributes__=$B.fast_tuple([])
var annotate
$B.make_annotate_func(class_dict,annotate,frame)
var kls=$B.$class_constructor('ConsoleLogger',class_dict,metaclass,resolved_bases,bases,keywords)
$B.trace_return_and_leave(frame,_b_.None)
return kls
})('ConsoleLogger',$B.fast_tuple([]),{})
locals_chatkit_browser__bridge.ConsoleLogger=ConsoleLogger26
$B.leave_frame({locals,value:_b_.None})
}catch(err){
$B.set_exc_and_trace(frame,err)
$B.leave_frame({locals,value:_b_.None})
throw err
}
return locals_chatkit_browser__bridge
});
    for (var __chatkitName in __chatkitModules) {
        __chatkitB.precompiled[__chatkitName] = "var locals_" + __chatkitB.scope_name(__chatkitName)
            + "=(0,__BRYTHON__.chatkitModules[" + JSON.stringify(__chatkitName) + "])()\n";
    }
})(window.__BRYTHON__, window.__BRYTHON__.chatkitModules || (window.__BRYTHON__.chatkitModules = {}));
