import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.clone()
# 原地修改 y 的一部分（视图 y[0]）：y 的 grad_fn 换成了 CopySlices
y[0] = 5.0
z = y.sum()

# 沿着这条链列出每个节点的 _saved_ 属性：没有一个是张量
fn = z.grad_fn
while fn.next_functions:
    print(type(fn).__name__, {name[7:]: getattr(fn, name) for name in dir(fn) if name.startswith("_saved_")})
    #> SumBackward0 {'self_sym_sizes': (3,)}
    #> CopySlices {}
    #> CloneBackward0 {}
    fn = fn.next_functions[0][0]

z.backward()
print(x.grad)
#> tensor([0., 1., 1.])

# CopySlices 在第一次反向传播后同样释放了它记着的东西
z.backward()
#> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
