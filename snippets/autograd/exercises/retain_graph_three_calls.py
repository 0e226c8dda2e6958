import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x * x).sum()

y.backward(retain_graph=True)
print(x.grad)
#> tensor([2., 4., 6.])

# 这一次没有 retain_graph，用完就把计算图释放了
y.backward()
print(x.grad)
#> tensor([ 4.,  8., 12.])

# retain_graph 只管它所在的那一次调用，图已经在上一次释放
y.backward()
#> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
