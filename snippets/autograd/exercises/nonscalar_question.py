import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
A = torch.tensor([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0]])
y = A @ (x * x)
print(y)
#> tensor([ 9., -5.], grad_fn=<MvBackward0>)

y.backward()
#> RuntimeError: grad can be implicitly created only for scalar outputs
