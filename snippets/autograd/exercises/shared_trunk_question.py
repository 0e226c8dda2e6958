import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
sq = x * x
a = sq.sum()
b = (sq + 1).sum()

a.backward()
# b 还从没反向传播过
b.backward()
#> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
