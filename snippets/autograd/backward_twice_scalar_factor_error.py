import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
# 乘以一个 Python 数，也要为反向传播保存这个因子
y = (2 * x).sum()
y.backward()
print(x.grad)
#> tensor([2., 2., 2.])

# 保存的因子已经在第一次 backward 时释放
y.backward()
#> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
